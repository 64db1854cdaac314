package dev.tandem.planning.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CharterChanges extends JpaRepository<CharterChange, Long> {

    List<CharterChange> findByProjectIdOrderByChangedAtDescIdDesc(long projectId);
}
