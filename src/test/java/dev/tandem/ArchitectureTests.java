package dev.tandem;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

    // imported once for the class, not once per test: the import is what takes the time
    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tandem");

    @Test
    void theSharedKernelUsesTheJdkOnly() {
        noClasses().that().resideInAPackage("dev.tandem.shared..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.tandem.shared..",
                        "org.springframework.modulith")
                .check(classes);
    }

    @Test
    void pureEnginesImportNoFrameworks() {
        // a package-info may carry the module checker's annotations; they are metadata, not code the engine runs
        noClasses().that().resideInAPackage("..engine..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..", "tools.jackson..", "com.fasterxml.jackson..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void controllersNeverTouchRepositoriesOrEntities() {
        noClasses().that().resideInAnyPackage("..web..", "..api..")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(classes);
        noClasses().that().resideInAnyPackage("..web..", "..api..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .check(classes);
    }
}
