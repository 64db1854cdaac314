package dev.tandem.retrospective;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TemplateAdoptions extends JpaRepository<TemplateAdoption, TemplateAdoption.Key> {

    List<TemplateAdoption> findByProjectId(long projectId);
}
