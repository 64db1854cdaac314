package dev.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AvatarsTests {

    @Test
    void initialsReadAsPeopleWriteTheirNames() {
        assertThat(Avatars.initials("Li Wei 李伟")).isEqualTo("LW");
        assertThat(Avatars.initials("张敏")).isEqualTo("张敏");
        assertThat(Avatars.initials("David Okafor")).isEqualTo("DO");
        assertThat(Avatars.initials("Madonna")).isEqualTo("MA");
        assertThat(Avatars.initials(" ")).isNull();
    }

    @Test
    void aNameKeepsItsColourAndNamesSpreadOverTheColours() {
        assertThat(Avatars.colour("Priya Shah")).isEqualTo(Avatars.colour("Priya Shah "));
        assertThat(java.util.stream.Stream.of("Ana Silva", "Ben Ito", "Chen Jie", "Dana Levi", "Eli Moss", "Fay Park",
                "Gus Hart", "Hana Kim", "Ivo Ruiz", "Jo Wong").map(Avatars::colour).distinct().count()).isGreaterThan(3);
    }

    @Test
    void everyAvatarColourGivesItsWhiteInitialsAaContrast() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/static/css/tandem.css"));
        for (int i = 0; i < Avatars.COLOURS; i++) {
            Matcher colour = Pattern.compile("\\.avatar-" + i + " \\{ background: #([0-9a-fA-F]{6}); }").matcher(css);
            assertThat(colour.find()).as("avatar-" + i + " has a colour").isTrue();
            assertThat(contrastWithWhite(colour.group(1))).as("avatar-" + i).isGreaterThanOrEqualTo(4.5);
        }
    }

    private static double contrastWithWhite(String hex) {
        double luminance = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int c = 0; c < 3; c++) {
            double v = Integer.parseInt(hex.substring(2 * c, 2 * c + 2), 16) / 255.0;
            luminance += weights[c] * (v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
        }
        return 1.05 / (luminance + 0.05);
    }
}
