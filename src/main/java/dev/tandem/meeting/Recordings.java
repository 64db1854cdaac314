package dev.tandem.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Recordings extends JpaRepository<Recording, Long> {

    List<Recording> findByStatusIn(List<Recording.Status> statuses);
}
