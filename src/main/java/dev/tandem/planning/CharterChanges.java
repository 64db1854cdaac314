package dev.tandem.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CharterChanges extends JpaRepository<CharterChange, Long> {

    List<CharterChange> findByProjectIdOrderByChangedAtDescIdDesc(long projectId);
}
