package dev.tandem.workitem.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Comments extends JpaRepository<Comment, Long> {

    List<Comment> findByWorkItemIdOrderByCreatedAt(long workItemId);
}
