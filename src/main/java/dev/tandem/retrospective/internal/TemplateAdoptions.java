package dev.tandem.retrospective.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TemplateAdoptions extends JpaRepository<TemplateAdoption, TemplateAdoption.Key> {

    List<TemplateAdoption> findByProjectId(long projectId);
}
