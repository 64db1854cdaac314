package dev.tandem.system;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Renders user-written Markdown to HTML that is safe to embed: raw HTML is escaped, and link and image targets
 * keep only http, https, mailto and relative addresses ({@code javascript:}, {@code data:} and the like are
 * dropped), so no script survives. Every page renders Markdown through this one class.
 * <p>
 * {@link #render} adds GFM tables and task lists, turns {@code [[Page title]]}, work-item keys and
 * {@code attachment:} images into links through the caller's {@link MarkdownLinks}, and passes the HTML through
 * the OWASP sanitizer as a second wall, so a mistake in rendering cannot let markup through.
 */
@Component
public class Markdown {

    /** {@code [[Title]]}: a title has no brackets and no line break. */
    static final Pattern PAGE_LINK = Pattern.compile("\\[\\[([^\\[\\]\\n]{1,200})]]");
    /** A work-item key: a project key (a capital letter, then capitals or digits) and a number. */
    static final Pattern ITEM_KEY = Pattern.compile("(?<![\\p{Alnum}_-])([A-Z][A-Z0-9]{1,9}-[1-9][0-9]{0,8})(?![\\p{Alnum}_-])");
    static final String ATTACHMENT = "attachment:";
    static final String MISSING_PAGE = "wiki-missing";
    /** The class of a link to an item, which keeps its key on one line. */
    static final String ITEM_LINK = "item-key";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), TaskListItemsExtension.create());

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();
    private final Parser richParser = Parser.builder().extensions(EXTENSIONS).build();
    private final PolicyFactory policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(Sanitizers.IMAGES).and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "br", "del", "input", "a")
                    .allowAttributes("class").matching(true, MISSING_PAGE, ITEM_LINK).onElements("a")
                    .allowAttributes("type").matching(true, "checkbox").onElements("input")
                    .allowAttributes("checked", "disabled").onElements("input")
                    .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
                    .toFactory());

    private static final Parser PLAIN_PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().extensions(EXTENSIONS).build();

    /**
     * The words of a Markdown text without its markup (headings' hashes, emphasis, link targets), for the search
     * index: what a reader sees is what a snippet shows. Static, because entities call it while being indexed.
     */
    public static String plainText(String markdown) {
        return markdown == null ? null : PLAIN.render(PLAIN_PARSER.parse(markdown));
    }

    public String toHtml(String markdown) {
        return markdown == null ? "" : renderer.render(parser.parse(markdown));
    }

    /** Markdown with links resolved by {@code links}, GFM tables and task lists, sanitised twice. */
    public String render(String markdown, MarkdownLinks links) {
        if (markdown == null) {
            return "";
        }
        Node document = richParser.parse(markdown);
        Map<Node, String> classes = new IdentityHashMap<>();
        document.accept(new References(links, classes));
        HtmlRenderer rich = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (classes.containsKey(node)) {
                        attributes.put("class", classes.get(node));
                    }
                }).build();
        return policy.sanitize(rich.render(document));
    }

    /** The page titles ({@code [[Title]]}) and item keys a text refers to, in order, as {@link #render} finds them. */
    public Refs references(String markdown) {
        Set<String> titles = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        if (markdown != null) {
            richParser.parse(markdown).accept(new References(new MarkdownLinks() {
                @Override
                public PageTarget page(String title) {
                    titles.add(title);
                    return null;
                }

                @Override
                public String item(String key) {
                    keys.add(key);
                    return null;
                }

                @Override
                public String attachment(String name) {
                    return null;
                }
            }, new IdentityHashMap<>()));
        }
        return new Refs(titles, keys);
    }

    /** What a text refers to: page titles as written, and item keys. */
    public record Refs(Set<String> pageTitles, Set<String> itemKeys) {
    }

    /** Replaces references in text (not in code, not inside links) by links, and attachment images by addresses. */
    private static final class References extends AbstractVisitor {

        private final MarkdownLinks links;
        private final Map<Node, String> classes;

        References(MarkdownLinks links, Map<Node, String> classes) {
            this.links = links;
            this.classes = classes;
        }

        @Override
        public void visit(Link link) {
            // the text of a link is not linked again
        }

        @Override
        public void visit(Image image) {
            String destination = image.getDestination();
            if (destination != null && destination.regionMatches(true, 0, ATTACHMENT, 0, ATTACHMENT.length())) {
                String href = links.attachment(destination.substring(ATTACHMENT.length()));
                image.setDestination(href == null ? "" : href);
            }
        }

        @Override
        public void visit(Text text) {
            String literal = text.getLiteral();
            Node last = text;
            int done = 0;
            Matcher page = PAGE_LINK.matcher(literal);
            Matcher item = ITEM_KEY.matcher(literal);
            int at = 0;
            boolean changed = false;
            while (at < literal.length()) {
                boolean pageFound = page.find(at);
                boolean itemFound = item.find(at);
                if (!pageFound && !itemFound) {
                    break;
                }
                boolean pageFirst = pageFound && (!itemFound || page.start() <= item.start());
                Matcher m = pageFirst ? page : item;
                Link link = null;
                if (pageFirst) {
                    String title = m.group(1).strip();
                    MarkdownLinks.PageTarget target = title.isEmpty() ? null : links.page(title);
                    if (target != null) {
                        link = link(target.href(), title);
                        if (!target.exists()) {
                            classes.put(link, MISSING_PAGE);
                        }
                    }
                } else {
                    String href = links.item(m.group(1));
                    if (href != null) {
                        link = link(href, m.group(1));
                        classes.put(link, ITEM_LINK);
                    }
                }
                if (link != null) {
                    if (m.start() > done) {
                        last = after(last, new Text(literal.substring(done, m.start())));
                    }
                    last = after(last, link);
                    done = m.end();
                    changed = true;
                }
                at = m.end();
            }
            if (!changed) {
                return;
            }
            if (done < literal.length()) {
                after(last, new Text(literal.substring(done)));
            }
            text.unlink();
        }

        private static Link link(String href, String label) {
            Link link = new Link(href, null);
            link.appendChild(new Text(label));
            return link;
        }

        private static Node after(Node node, Node next) {
            node.insertAfter(next);
            return next;
        }
    }
}
