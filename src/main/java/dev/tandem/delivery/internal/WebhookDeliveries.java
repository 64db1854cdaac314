package dev.tandem.delivery.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WebhookDeliveries extends JpaRepository<WebhookDelivery, Long> {

    @Query("select d.id from WebhookDelivery d where d.status = dev.tandem.delivery.internal.WebhookDelivery.Status.PENDING order by d.id")
    List<Long> pending(Limit limit);

    List<WebhookDelivery> findByProjectIdOrderByIdDesc(long projectId, Limit limit);

    List<WebhookDelivery> findByIntegrationIdOrderByIdDesc(long integrationId, Limit limit);
}
