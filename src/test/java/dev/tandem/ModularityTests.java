package dev.tandem;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    // built once for the class, not once per test
    private static final ApplicationModules modules = ApplicationModules.of(TandemApplication.class);

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void everyCapabilityOfTheFoundationHasItsModule() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("shared", "system", "identity", "portfolio", "workitem", "audit");
    }

    @Test
    void writesModuleCanvasesForTheArchitectureDocument() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(new java.io.File("target/modulith-docs/components.puml")).exists();
    }
}
