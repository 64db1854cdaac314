package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.ProjectRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The documents people read must say what the code does. */
class DocumentationTests {

    @Test
    void permissionsDocumentShowsTheMatrixTheServerEnforces() throws IOException {
        String doc = Files.readString(Path.of("docs/permissions.md"));
        String header = "| permission | " + Arrays.stream(ProjectRole.values()).map(Enum::name)
                .collect(Collectors.joining(" | ")) + " |";
        assertThat(doc).contains(header);
        for (Permission permission : Permission.values()) {
            String row = "| " + permission.name() + " | " + Arrays.stream(ProjectRole.values())
                    .map(role -> role.may(permission) ? "yes" : "no").collect(Collectors.joining(" | ")) + " |";
            assertThat(doc).as("row of %s", permission).contains(row);
        }
    }

    @Test
    void architectureDocumentListsEveryModuleWithItsAllowedDependencies() throws IOException {
        String doc = Files.readString(Path.of("docs/architecture.md"));
        for (ApplicationModule module : ApplicationModules.of(TandemApplication.class)) {
            String name = module.getIdentifier().toString();
            String line = doc.lines().filter(l -> l.startsWith("| `" + name + "` |")).findFirst()
                    .orElseThrow(() -> new AssertionError("docs/architecture.md has no row for module " + name));
            String[] declared = declaredDependencies(module);
            String expected = declared.length == 0 ? "(none)" : Arrays.stream(declared)
                    .map(d -> "`" + d + "`").collect(Collectors.joining(", "));
            assertThat(line).as("row of %s", name).endsWith("| " + expected + " |");
        }
    }

    private static String[] declaredDependencies(ApplicationModule module) {
        try {
            var annotation = Class.forName(module.getBasePackage().getName() + ".package-info")
                    .getAnnotation(org.springframework.modulith.ApplicationModule.class);
            return annotation.allowedDependencies();
        } catch (ClassNotFoundException e) {
            throw new AssertionError("module " + module.getIdentifier() + " has no package-info.java", e);
        }
    }
}
