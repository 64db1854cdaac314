package dev.tandem.schedule.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine stays plain Java (architecture rule 4), so it can be benchmarked and reused without a container. */
class EnginePurityTests {

    @Test
    void engineDependsOnTheJdkOnly() {
        JavaClasses engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.tandem.schedule.engine");

        // its package-info names it as an interface for the module checker: metadata, not code the engine runs
        classes().that().doNotHaveSimpleName("package-info").should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.tandem.schedule.engine..")
                .check(engine);
    }
}
