package dev.tandem.webhook.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookSubscriptions extends JpaRepository<WebhookSubscription, Long> {

    List<WebhookSubscription> findByProjectIdOrderById(long projectId);

    Optional<WebhookSubscription> findByIdAndProjectId(long id, long projectId);

    long countByProjectId(long projectId);
}
