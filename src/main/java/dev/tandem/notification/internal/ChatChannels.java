package dev.tandem.notification.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChatChannels extends JpaRepository<ChatChannel, Long> {

    List<ChatChannel> findByProjectIdOrderById(long projectId);

    Optional<ChatChannel> findByIdAndProjectId(long id, long projectId);

    long countByProjectId(long projectId);
}
