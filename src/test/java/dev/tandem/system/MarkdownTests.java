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

    private static final MarkdownLinks LINKS = new MarkdownLinks() {
        @Override
        public PageTarget page(String title) {
            return title.equals("Design") ? new PageTarget("/wiki/pages/7", true)
                    : new PageTarget("/wiki/spaces/1/new?title=" + title.replace(' ', '+'), false);
        }

        @Override
        public String item(String key) {
            return key.startsWith("PAY-") ? "/items/" + key : null;
        }

        @Override
        public String attachment(String name) {
            return name.equals("chart.png") ? "/wiki/pages/7/attachments/chart.png" : null;
        }
    };

    @Test
    void pageLinksItemKeysAndAttachmentsBecomeLinksThroughTheCallersResolver() {
        String html = markdown.render("See [[Design]], [[No such page]] and PAY-12 (not NOPE-3, not `PAY-4`).\n\n"
                + "![chart](attachment:chart.png) ![gone](attachment:gone.png) [PAY-5](https://example.com)", LINKS);

        assertThat(html).contains("<a href=\"/wiki/pages/7\" rel=\"nofollow\">Design</a>",
                "class=\"wiki-missing\"", "No such page</a>", "<a href=\"/items/PAY-12\" class=\"item-key\" rel=\"nofollow\">PAY-12</a>",
                "NOPE-3", "<code>PAY-4</code>", "src=\"/wiki/pages/7/attachments/chart.png\"");
        assertThat(html).doesNotContain("/items/NOPE-3", "/items/PAY-4", "/items/PAY-5", "attachment:");
    }

    @Test
    void renderKeepsTablesAndTaskListsAndDropsScriptsHandlersAndJavascriptLinks() {
        String html = markdown.render("| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n\n"
                + "<script>alert(1)</script>\n\nText <img src=x onerror=alert(2)> [x](javascript:alert(3))"
                + " [[<script>alert(4)</script>]] ![y](javascript:alert(5)) [z](JAVASCRIPT:alert(6))", LINKS);

        assertThat(html).contains("<table>", "<td>1</td>", "type=\"checkbox\"", "checked");
        assertThat(html.toLowerCase()).doesNotContain("<script", "<img src=\"x\"", "href=\"javascript", "src=\"javascript")
                .doesNotContainPattern("<[^>]*onerror");
    }

    @Test
    void referencesListThePageTitlesAndItemKeysOutsideCodeAndLinks() {
        var refs = markdown.references("[[Design]] and [[ Runbook ]] fix PAY-12, PAY-12 and OPS-3; `PAY-4`\n\n"
                + "```\nPAY-5 [[Code]]\n```\n\n[PAY-6](https://example.com) [[]] pay-7");

        assertThat(refs.pageTitles()).containsExactly("Design", "Runbook");
        assertThat(refs.itemKeys()).containsExactly("PAY-12", "OPS-3");
    }
}
