package dev.tandem.retrospective;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessTemplates extends JpaRepository<ProcessTemplate, Long> {

    List<ProcessTemplate> findAllByOrderByCodeAscLanguageAsc();

    boolean existsByCodeAndLanguage(String code, String language);
}
