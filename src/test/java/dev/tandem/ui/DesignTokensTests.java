package dev.tandem.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The colour tokens of the one stylesheet, light and dark: every pair of text and background the pages use together
 * reaches the WCAG AA contrast of 4.5:1.
 */
class DesignTokensTests {

    private static final Path STYLESHEET = Path.of("src/main/resources/static/css/tandem.css");
    /** A colour token: one colour for both themes, or {@code light-dark(light, dark)}. */
    private static final Pattern TOKEN = Pattern.compile(
            "--([a-z0-9-]+):\\s*(?:(#[0-9a-fA-F]{6})|light-dark\\((#[0-9a-fA-F]{6}),\\s*(#[0-9a-fA-F]{6})\\))\\s*;");

    /** Text token, then the background token it is read on. */
    private static final List<List<String>> PAIRS = List.of(
            List.of("text", "bg"), List.of("text", "surface"), List.of("text", "surface-2"), List.of("text", "surface-3"),
            List.of("text-2", "surface"), List.of("text-2", "surface-3"), List.of("muted", "bg"),
            List.of("muted", "surface"), List.of("muted", "surface-2"), List.of("brand", "bg"),
            List.of("brand", "surface"), List.of("on-brand", "brand"), List.of("on-brand", "brand-dark"),
            List.of("brand-dark", "brand-soft"), List.of("danger", "surface"), List.of("danger", "danger-soft"),
            List.of("ok", "surface"), List.of("ok", "ok-soft"), List.of("warn", "surface"), List.of("warn", "warn-soft"),
            List.of("on-topbar", "topbar"));

    @Test
    void textColoursReachAaContrastOnTheirBackgroundsInBothThemes() throws IOException {
        String css = Files.readString(STYLESHEET);
        String root = css.substring(css.indexOf(":root {"), css.indexOf('}', css.indexOf(":root {")));
        Map<String, String> light = tokens(root, true);
        Map<String, String> darkTheme = tokens(root, false);
        assertThat(light).as("a dark theme: colours that differ").isNotEqualTo(darkTheme);
        assertThat(css).as("the dark theme follows the system unless picked")
                .contains("color-scheme: light dark;", ":root[data-theme=\"light\"] { color-scheme: light; }",
                        ":root[data-theme=\"dark\"] { color-scheme: dark; }");

        for (var theme : Map.of("light", light, "dark", darkTheme).entrySet()) {
            for (List<String> pair : PAIRS) {
                String text = theme.getValue().get(pair.get(0));
                String background = theme.getValue().get(pair.get(1));
                assertThat(text).as(theme.getKey() + " --" + pair.get(0)).isNotNull();
                assertThat(background).as(theme.getKey() + " --" + pair.get(1)).isNotNull();
                assertThat(contrast(text, background))
                        .as("%s: --%s %s on --%s %s", theme.getKey(), pair.get(0), text, pair.get(1), background)
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    @Test
    void noTemplateWritesAStyleAttributeWhichTheContentSecurityPolicyWouldDrop() throws IOException {
        try (var templates = Files.walk(Path.of("src/main/resources/templates"))) {
            assertThat(templates.filter(t -> t.toString().endsWith(".html")).filter(t -> {
                try {
                    return Pattern.compile("\\s(th:)?style=").matcher(Files.readString(t)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList()).isEmpty();
        }
    }

    @Test
    void theContrastIsComputedAsWcagDefinesIt() {
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(contrast("#777777", "#ffffff")).isBetween(4.47, 4.49);
    }

    private static Map<String, String> tokens(String block, boolean light) {
        Map<String, String> tokens = new HashMap<>();
        Matcher m = TOKEN.matcher(block);
        while (m.find()) {
            tokens.put(m.group(1), m.group(2) != null ? m.group(2) : light ? m.group(3) : m.group(4));
        }
        return tokens;
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
