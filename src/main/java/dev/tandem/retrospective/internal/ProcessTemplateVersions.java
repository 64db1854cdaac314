package dev.tandem.retrospective.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcessTemplateVersions extends JpaRepository<ProcessTemplateVersion, Long> {

    List<ProcessTemplateVersion> findByTemplateIdOrderByNumberDesc(long templateId);

    Optional<ProcessTemplateVersion> findByTemplateIdAndNumber(long templateId, int number);
}
