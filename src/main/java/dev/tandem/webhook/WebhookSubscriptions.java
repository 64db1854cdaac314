package dev.tandem.webhook;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookSubscriptions extends JpaRepository<WebhookSubscription, Long> {

    List<WebhookSubscription> findByProjectIdOrderById(long projectId);

    Optional<WebhookSubscription> findByIdAndProjectId(long id, long projectId);

    long countByProjectId(long projectId);
}
