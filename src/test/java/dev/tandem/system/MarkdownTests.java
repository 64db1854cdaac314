package dev.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** User-written Markdown renders to HTML in which no script survives. */
class MarkdownTests {

    private final Markdown markdown = new Markdown();

    @Test
    void escapesRawHtml() {
        String html = markdown.toHtml("Before <script>alert(1)</script> after\n\n<script>alert(2)</script>\n\n"
                + "<img src=x onerror=alert(3)>");

        assertThat(html).doesNotContain("<script", "<img").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void dropsJavascriptLinks() {
        String html = markdown.toHtml("[x](javascript:alert(1)) and [y](JavaScript:alert(2)) and ![z](javascript:alert(3))"
                + " and <javascript:alert(4)>");

        assertThat(html.toLowerCase()).doesNotContain("href=\"javascript", "src=\"javascript");
        assertThat(html).contains("href=\"\">x</a>", "<img src=\"\" alt=\"z\" />");
    }

    @Test
    void linksAndImagesKeepOnlyHttpHttpsMailtoAndRelativeTargets() {
        String html = markdown.toHtml("[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"
                + " [b](DATA:text/html,x) ![c](data:image/svg+xml;base64,PHN2Zy8+) <data:text/html,x>"
                + " [d](vbscript:msgbox) [e](file:///etc/passwd)"
                + " [f](https://example.com/x) [g](http://example.com) [h](mailto:eve@example.com) [i](/projects/PAY)"
                + " [j](../wiki/page) [k](#section)");

        assertThat(html.toLowerCase()).doesNotContainPattern("(href|src)=\"(data|vbscript|file):");
        assertThat(html).contains("<a rel=\"nofollow\" href=\"\">a</a>", "<img src=\"\" alt=\"c\" />",
                "<a rel=\"nofollow\" href=\"\">data:text/html,x</a>","href=\"https://example.com/x\"", "href=\"http://example.com\"",
                "href=\"mailto:eve@example.com\"", "href=\"/projects/PAY\"", "href=\"../wiki/page\"",
                "href=\"#section\"");
    }

    @Test
    void theDescriptionFromTheIssueRendersHarmlessly() {
        String html = markdown.toHtml("<script>alert(1)</script>\n\n[x](javascript:alert(1))");

        assertThat(html.toLowerCase()).doesNotContain("<script").doesNotContain("javascript:");
    }

    @Test
    void keepsOrdinaryMarkdown() {
        assertThat(markdown.toHtml("**Pay** the [vendor](https://example.com/pay)"))
                .isEqualTo("<p><strong>Pay</strong> the <a rel=\"nofollow\" href=\"https://example.com/pay\">vendor</a></p>\n");
        assertThat(markdown.toHtml(null)).isEmpty();
    }
}
