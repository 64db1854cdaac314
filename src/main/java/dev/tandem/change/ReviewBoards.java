package dev.tandem.change;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewBoards extends JpaRepository<ReviewBoard, Long> {
}
