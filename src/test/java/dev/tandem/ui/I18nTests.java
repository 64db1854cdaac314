package dev.tandem.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.tandem.portfolio.ProjectRole;
import dev.tandem.shared.Actor.OrgRole;
import dev.tandem.workitem.DependencyType;
import dev.tandem.workitem.Priority;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.WorkItemType;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Every visible word comes from the message bundles, in English and in Chinese. Templates are written as
 * well-formed XHTML so that the JDK's XML parser can read them and find text no expression produces.
 */
class I18nTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern EXPRESSION = Pattern.compile("[#$@~*]\\{[^{}]*}");
    private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
    /** Attributes a person reads or hears. */
    private static final Set<String> HUMAN_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt",
            "data-confirm", "label");
    /** Attributes whose expression replaces the element's whole content. */
    private static final Set<String> CONTENT_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "sec:authentication");
    /** Attributes whose expression prints text. */
    private static final Set<String> PRINTING_ATTRIBUTES = Set.of("th:text", "th:utext", "th:placeholder", "th:title",
            "th:aria-label", "th:alt");
    private static final Set<String> DEFAULT_STATUSES = Set.of("Backlog", "To do", "In progress", "In review", "Done");

    @Test
    void bothBundlesHaveTheSameKeysAndNoEmptyValues() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).as("keys missing in Chinese")
                .containsAll(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).as("keys missing in English")
                .containsAll(chinese.stringPropertyNames());
        english.forEach((key, value) -> assertThat(value.toString()).as("English " + key).isNotBlank());
        chinese.forEach((key, value) -> assertThat(value.toString()).as("Chinese " + key).isNotBlank());
    }

    @Test
    void chineseBundleIsReallyTranslated() throws IOException {
        Properties chinese = bundle("messages_zh_CN.properties");

        assertThat(chinese.getProperty("nav.projects")).isEqualTo("项目");
        assertThat(chinese.getProperty("status.name.In progress")).isEqualTo("进行中");
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Properties english = bundle("messages.properties");
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                if (!english.containsKey(keys.group(1))) {
                    missing.add(template.getFileName() + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyLabelBuiltFromAnEnumOrDefaultStatusExists() throws IOException {
        Properties english = bundle("messages.properties");
        List<String> keys = new ArrayList<>();
        Stream.of(WorkItemType.values()).forEach(t -> keys.add("type." + t.code()));
        Stream.of(Priority.values()).forEach(p -> keys.add("priority." + p.code()));
        Stream.of(ProjectRole.values()).forEach(r -> keys.add("role." + r));
        Stream.of(OrgRole.values()).forEach(r -> keys.add("orgRole." + r));
        Stream.of(DependencyType.values()).forEach(t -> keys.add("dependency.type." + t));
        Stream.of(StatusCategory.values()).forEach(c -> keys.add("status.category." + c));
        DEFAULT_STATUSES.forEach(s -> keys.add("status.name." + s));
        List.of(400, 409).forEach(s -> keys.add("problem." + s));

        assertThat(keys).allSatisfy(key -> assertThat(english).containsKey(key));
    }

    /**
     * Every audit action has a sentence for the audit page. Actions are the literals shaped like
     * {@code item.updated} in the main sources, except the keys of input problems
     * ({@code problem.date}) and the field paths of a person's skills ({@code skills.level}).
     */
    @Test
    void everyAuditActionHasASentence() throws IOException {
        Properties english = bundle("messages.properties");
        Pattern code = Pattern.compile("\"([a-z][a-z-]*\\.[a-z][a-z-]*)\"");
        // message keys a page controller or a Markdown writer (its t(…)) looks up itself are texts, not actions
        Pattern messageKey = Pattern.compile("(?:getMessage|problem|\\bt)\\(\"([^\"]+)\"");
        Set<String> actions = new TreeSet<>();
        Set<String> messageKeys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                Matcher literals = code.matcher(text);
                while (literals.find()) {
                    String literal = literals.group(1);
                    if (!literal.startsWith("problem.") && !literal.startsWith("skills.")) {
                        actions.add(literal);
                    }
                }
                messageKey.matcher(text).results().forEach(m -> messageKeys.add(m.group(1)));
            }
        }
        actions.removeAll(messageKeys);
        assertThat(actions).as("actions found").contains("signin.succeeded", "item.updated", "change.voted");
        assertThat(actions).allSatisfy(action -> assertThat(english).as("a sentence for " + action)
                .containsKey("audit.action." + action));
    }

    @Test
    void everyAuditTargetTypeHasAName() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh_CN.properties");
        // the kind follows the action in a facade's publish call, or an event record (or its sealed interface) returns it
        Pattern afterAction = Pattern.compile("\"[a-z][a-z-]*\\.[a-z][a-z-]*\",\\s*\"([A-Z][A-Za-z]+)\"");
        Pattern returned = Pattern.compile("(?:return|->) \"([A-Z][A-Za-z]+)\";");
        Set<String> kinds = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                afterAction.matcher(text).results().forEach(m -> kinds.add(m.group(1)));
                if (text.contains("implements AuditableEvent") || text.contains("extends AuditableEvent")) {
                    returned.matcher(text).results().forEach(m -> kinds.add(m.group(1)));
                }
            }
        }
        assertThat(kinds).as("kinds found").contains("WorkItem", "Sprint", "ChangeRequest", "AccessToken", "Risk");
        assertThat(kinds).allSatisfy(kind -> {
            assertThat(english).as("an English name for " + kind).containsKey("audit.targetType." + kind);
            assertThat(chinese).as("a Chinese name for " + kind).containsKey("audit.targetType." + kind);
        });
    }

    /**
     * Every reason the server gives for a refusal ({@code Text.of("problem.…")}) has a sentence in both languages, and
     * each sentence with arguments is a valid MessageFormat whose quotes are doubled: a single quote would hide the
     * rest of the sentence from the reader.
     */
    @Test
    void everyRefusalHasASentenceInBothLanguages() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh_CN.properties");
        Pattern textKey = Pattern.compile("Text\\.of\\(\"([^\"]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                textKey.matcher(Files.readString(source)).results().forEach(m -> keys.add(m.group(1)));
            }
        }
        assertThat(keys).as("keys found").contains("problem.input.empty", "problem.field");
        assertThat(keys).allSatisfy(key -> {
            assertThat(key).as("a refusal's key").startsWith("problem.");
            assertThat(english).as("an English sentence for " + key).containsKey(key);
            assertThat(chinese).as("a Chinese sentence for " + key).containsKey(key);
        });
        for (Properties bundle : List.of(english, chinese)) {
            bundle.stringPropertyNames().stream().filter(k -> k.startsWith("problem.")).forEach(key -> {
                String sentence = bundle.getProperty(key);
                if (sentence.matches("(?s).*\\{\\d.*")) {
                    assertThatCode(() -> new MessageFormat(sentence)).as(key + " is a MessageFormat").doesNotThrowAnyException();
                    assertThat(sentence.replace("''", "")).as(key + " has its quotes doubled").doesNotContain("'");
                } else {
                    assertThat(sentence).as(key + " without arguments keeps single quotes").doesNotContain("''");
                }
            });
        }
    }

    @Test
    void noTemplateHasHardCodedText() throws Exception {
        List<String> findings = new ArrayList<>();
        for (Path template : templates()) {
            hardCodedText(Files.readString(template)).forEach(f -> findings.add(template.getFileName() + ": " + f));
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void theCheckCatchesHardCodedTextAndAttributes() throws Exception {
        String planted = """
                <!DOCTYPE html>
                <html xmlns:th="http://www.thymeleaf.org" th:replace="~{fragments/layout :: layout(~{::main})}"><body>
                  <h1 th:text="#{projects.title}">Prototype text is replaced</h1>
                  <p>Hello <span th:text="${name}"></span></p>
                  <input type="text" placeholder="Search" />
                  <button type="submit" aria-label="Close" th:text="#{action.save}"></button>
                  <span th:text="'Literal'"></span>
                  <input type="submit" value="Send" />
                </body></html>
                """;

        assertThat(hardCodedText(planted)).containsExactly("text 'Hello'", "placeholder='Search'",
                "aria-label='Close'", "th:text=''Literal''", "value='Send'");
    }

    /** Text a person would see that no expression produces. */
    static List<String> hardCodedText(String template) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        var document = builder.parse(new InputSource(new StringReader(template)));
        List<String> findings = new ArrayList<>();
        visit(document.getDocumentElement(), true, findings);
        return findings;
    }

    /**
     * A page's root replaces itself with the layout but hands its own title and main to it, so the root's
     * content is still checked.
     */
    private static void visit(Element element, boolean root, List<String> findings) {
        var attributes = element.getAttributes();
        boolean contentReplaced = false;
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String name = attribute.getNodeName();
            String value = attribute.getNodeValue();
            contentReplaced |= CONTENT_ATTRIBUTES.contains(name);
            if (HUMAN_ATTRIBUTES.contains(name) && hasLetters(value)) {
                findings.add(name + "='" + value + "'");
            }
            if ("value".equals(name) && isButton(element) && hasLetters(value)) {
                findings.add(name + "='" + value + "'");
            }
            if (PRINTING_ATTRIBUTES.contains(name) && literalWithLetters(value)) {
                findings.add(name + "='" + value + "'");
            }
        }
        if (contentReplaced && !root) {
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                String text = INLINED.matcher(child.getNodeValue()).replaceAll("").strip();
                if (hasLetters(text)) {
                    findings.add("text '" + text + "'");
                }
            } else if (child instanceof Element nested && !"script".equals(nested.getTagName())) {
                visit(nested, false, findings);
            }
        }
    }

    private static boolean isButton(Element element) {
        String type = element.getAttribute("type");
        return "input".equals(element.getTagName())
                && ("submit".equals(type) || "button".equals(type) || "reset".equals(type));
    }

    /**
     * A quoted literal left over once every expression is taken out, in an attribute that prints text, such as
     * {@code th:text="'Save'"}. Literals inside expressions ({@code ${'en'}}, {@code 'type.' + code}) are keys
     * or codes, not words.
     */
    private static boolean literalWithLetters(String value) {
        String outside = value;
        for (String before = null; !outside.equals(before); ) {
            before = outside;
            outside = EXPRESSION.matcher(outside).replaceAll("");
        }
        Matcher literal = Pattern.compile("'([^']*)'").matcher(outside);
        while (literal.find()) {
            if (hasLetters(literal.group(1))) {
                return true;
            }
        }
        return outside.startsWith("|") && hasLetters(outside);
    }

    private static boolean hasLetters(String text) {
        return LETTER.matcher(text).find();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
