package dev.tandem.retrospective.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcessTemplates extends JpaRepository<ProcessTemplate, Long> {

    List<ProcessTemplate> findAllByOrderByCodeAscLanguageAsc();

    boolean existsByCodeAndLanguage(String code, String language);
}
