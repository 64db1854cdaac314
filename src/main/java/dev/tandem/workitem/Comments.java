package dev.tandem.workitem;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Comments extends JpaRepository<Comment, Long> {

    List<Comment> findByWorkItemIdOrderByCreatedAt(long workItemId);
}
