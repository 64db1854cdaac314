package dev.tandem.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The minutes PDF read back with PDFBox: its Chinese and English text, with a CJK font and without one. */
@ExtendWith(OutputCaptureExtension.class)
class MinutesPdfTests {

    private static final String MINUTES = """
            # 周会 Weekly sync

            - When: 2027-01-04 10:00 (Asia/Shanghai), 60 min
            - Attendees: 王芳, Li Lei

            ## Minutes

            讨论了支付网关的重试策略，决定采用指数退避。The vendor confirmed the **sandbox** keys.

            ## Action items

            - [ ] 联系供应商确认接口 — 王芳, due 2027-01-08 (open)
            """;

    @Test
    void chineseAndEnglishTextAreInThePdfInAnEmbeddedCjkFont() throws IOException {
        byte[] pdf = new MinutesPdf("").write("周会 Weekly sync", MINUTES);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());

            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("周会 Weekly sync");
            assertThat(text).contains("周会 Weekly sync", "讨论了支付网关的重试策略", "决定采用指数退避",
                    "The vendor confirmed the sandbox keys.", "联系供应商确认接口", "Li Lei");
            assertThat(text).doesNotContain("**");
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void aLongParagraphWrapsAndRunsOntoAnotherPage() throws IOException {
        String longText = "# Long\n\n" + "决定采用指数退避并记录每一次重试。".repeat(40) + "\n\n"
                + "- The vendor confirmed the sandbox keys and the rate limits. ".repeat(60).replace(". - ", ".\n- ");
        byte[] pdf = new MinutesPdf("").write("Long", longText);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);

            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(text.lines().filter(l -> l.contains("决定采用指数退避")).count()).isGreaterThan(5);
            assertThat(text).contains("rate limits");
        }
    }

    @Test
    void withoutACjkFontTheExportStillWorksAndTheLogNamesTheMissingFont(CapturedOutput output) throws IOException {
        byte[] pdf = new MinutesPdf(List.of("/nowhere/no-such-font.ttc")).write("Weekly sync", MINUTES);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);

            assertThat(text).contains("The vendor confirmed the sandbox keys.", "Li Lei", "2027-01-08");
            assertThat(text).doesNotContain("讨论");
        }
        assertThat(output.getOut() + output.getErr()).contains("no CJK font", "fonts-wqy-microhei",
                "/nowhere/no-such-font.ttc");
    }
}
