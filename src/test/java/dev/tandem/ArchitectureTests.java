package dev.tandem;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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
    void pureEnginesAndRulesImportNoFrameworks() {
        // a package-info may carry the module checker's annotations; they are metadata, not code the engine runs
        noClasses().that().resideInAnyPackage("..engine..", "..rules..").and().doNotHaveSimpleName("package-info")
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

    @Test
    void noModuleReachesIntoAnotherModulesRepositoriesOrEntities() {
        classes().that().resideInAPackage("dev.tandem..")
                .should(new ArchCondition<JavaClass>("use only their own module's repositories and entities") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            boolean persistent = target.isAssignableTo(org.springframework.data.repository.Repository.class)
                                    || target.isAnnotatedWith(jakarta.persistence.Entity.class);
                            if (persistent && target.getPackageName().startsWith("dev.tandem.")
                                    && !module(target).equals(module(origin))) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(classes);
    }

    /** The first package below dev.tandem: the application module a class belongs to. */
    private static String module(JavaClass type) {
        String rest = type.getPackageName().substring("dev.tandem.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
