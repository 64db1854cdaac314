package dev.tandem.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PathMappingTests {

    private final PathMapping mapping = PathMapping.parse("""
            # payments first: the more specific pattern wins by coming first
            **/payment/api/** = Payment API
            **/payment/** = Payments
            src/main/resources/*.sql = Schema
            docs/?.md = Docs
            """);

    @Test
    void theFirstMatchingPatternNamesTheComponent() {
        assertThat(mapping.componentOf("src/main/java/shop/payment/api/CardApi.java")).isEqualTo("Payment API");
        assertThat(mapping.componentOf("src/main/java/shop/payment/Card.java")).isEqualTo("Payments");
    }

    @Test
    void doubleStarMatchesAnyFoldersIncludingNoneAndAbsolutePaths() {
        assertThat(mapping.componentOf("payment/Card.java")).isEqualTo("Payments");
        assertThat(mapping.componentOf("file:///home/ci/shop/payment/Card.java")).isEqualTo("Payments");
        assertThat(mapping.componentOf("shop\\payment\\Card.java")).isEqualTo("Payments");
    }

    @Test
    void singleStarAndQuestionMarkStayWithinOneName() {
        assertThat(mapping.componentOf("src/main/resources/V1.sql")).isEqualTo("Schema");
        assertThat(mapping.componentOf("src/main/resources/db/V1.sql")).isEqualTo(PathMapping.UNMAPPED);
        assertThat(mapping.componentOf("docs/a.md")).isEqualTo("Docs");
        assertThat(mapping.componentOf("docs/ab.md")).isEqualTo(PathMapping.UNMAPPED);
    }

    @Test
    void aPathNoPatternMatchesIsUnmapped() {
        assertThat(mapping.componentOf("src/main/java/shop/catalog/Price.java")).isEqualTo("unmapped");
        assertThat(PathMapping.parse("").componentOf("a/b.java")).isEqualTo("unmapped");
    }

    @Test
    void aLineWithoutComponentIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> PathMapping.parse("**/a/** = A\n\n**/b/**"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("line 3: write it as 'glob = component'");
    }
}
