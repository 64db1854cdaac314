package dev.tandem.change.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewBoards extends JpaRepository<ReviewBoard, Long> {
}
