package dev.tandem.query.engine;

import dev.tandem.query.engine.QueryField.Kind;
import dev.tandem.workitem.Priority;
import dev.tandem.workitem.WorkItemType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * What may come next at the caret of a half-written query: fields, operators, values or keywords. It reads the
 * tokens before the caret, so it works on queries that do not parse yet.
 */
public final class Suggester {

    public static final int MAX_SUGGESTIONS = 30;
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_\\-.@:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "empty", "null", "order", "by",
            "asc", "desc");

    /** Names to offer as values: those of the reader's projects. */
    public record Vocabulary(List<String> statuses, List<String> sprints, List<String> labels, List<String> people) {
    }

    /** One proposal: replace the characters {@code from} to {@code to} of the query with {@code text}. */
    public record Suggestion(String text, String kind, int from, int to) {
    }

    public List<Suggestion> suggest(String query, int caret, Vocabulary vocabulary) {
        int end = Math.max(0, Math.min(caret, query.length()));
        List<Token> tokens = new ArrayList<>(new ItemQueryLexer(CharStreams.fromString(query.substring(0, end)))
                .getAllTokens());
        String prefix = "";
        int from = end;
        if (!tokens.isEmpty()) {
            Token last = tokens.getLast();
            boolean touching = last.getStopIndex() + 1 == end;
            if (touching && (last.getType() == ItemQueryLexer.WORD || isKeyword(last))) {
                prefix = last.getText();
                from = last.getStartIndex();
                tokens.removeLast();
            }
        }
        if (!tokens.isEmpty() && tokens.getLast().getType() == ItemQueryLexer.UNEXPECTED
                && tokens.getLast().getStopIndex() + 1 == from && tokens.getLast().getText().equals("\"")) {
            // an opened quote belongs to the value being typed: the proposal replaces it with its own
            from = tokens.getLast().getStartIndex();
            tokens.removeLast();
        }
        List<Suggestion> result = new ArrayList<>();
        for (Candidate c : candidates(tokens, vocabulary)) {
            String bare = c.text().startsWith("\"") ? c.text().substring(1) : c.text();
            if (bare.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))
                    && result.size() < MAX_SUGGESTIONS) {
                result.add(new Suggestion(c.text(), c.kind(), from, end));
            }
        }
        return result;
    }

    private record Candidate(String text, String kind) {
    }

    private static List<Candidate> candidates(List<Token> tokens, Vocabulary vocabulary) {
        int type = tokens.isEmpty() ? -1 : tokens.getLast().getType();
        boolean sorting = tokens.stream().anyMatch(t -> t.getType() == ItemQueryLexer.ORDER);
        if (sorting) {
            if (type == ItemQueryLexer.BY || type == ItemQueryLexer.COMMA) {
                return Arrays.stream(QueryField.values()).filter(QueryField::sortable)
                        .map(f -> new Candidate(f.spelling(), "field")).toList();
            }
            if (type == ItemQueryLexer.WORD || type == ItemQueryLexer.STRING) {
                return words("keyword", "asc", "desc", ",");
            }
            return List.of();
        }
        if (type == ItemQueryLexer.NOT && tokens.size() > 1) {
            int before = tokens.get(tokens.size() - 2).getType();
            if (before == ItemQueryLexer.IS) {
                return words("keyword", "empty");
            }
            if (before == ItemQueryLexer.WORD || before == ItemQueryLexer.STRING) {
                return words("keyword", "in");
            }
        }
        if (type == -1 || type == ItemQueryLexer.AND || type == ItemQueryLexer.OR || type == ItemQueryLexer.NOT
                || type == ItemQueryLexer.LPAREN && !inList(tokens)) {
            List<Candidate> fields = new ArrayList<>(QueryField.filterable().stream()
                    .map(f -> new Candidate(f.spelling(), "field")).toList());
            fields.add(new Candidate("not", "keyword"));
            return fields;
        }
        if (type == ItemQueryLexer.IS) {
            return words("keyword", "empty", "not empty");
        }
        int at = tokens.size() - 1;
        Token last = tokens.getLast();
        if (type == ItemQueryLexer.WORD || type == ItemQueryLexer.STRING) {
            Token before = at == 0 ? null : tokens.get(at - 1);
            if (before == null || before.getType() == ItemQueryLexer.AND || before.getType() == ItemQueryLexer.OR
                    || before.getType() == ItemQueryLexer.NOT || before.getType() == ItemQueryLexer.LPAREN
                    && !inList(tokens.subList(0, at))) {
                return QueryField.named(last.getText()).map(f -> f.operators().stream()
                        .map(o -> new Candidate(o.spelling(), "operator")).toList()).orElse(List.of());
            }
            return words("keyword", "and", "or", "order by");
        }
        if (type == ItemQueryLexer.RPAREN) {
            return words("keyword", "and", "or", "order by");
        }
        // an operator, or "in (" or a comma inside the list: values of the field before it
        int i = at;
        while (i >= 0 && tokens.get(i).getType() != ItemQueryLexer.IN && !isComparison(tokens.get(i))) {
            i--;
        }
        if (i < 0) {
            return List.of();
        }
        int fieldAt = i - 1;
        if (fieldAt >= 0 && tokens.get(fieldAt).getType() == ItemQueryLexer.NOT) {
            fieldAt--;
        }
        if (fieldAt < 0) {
            return List.of();
        }
        QueryField field = QueryField.named(tokens.get(fieldAt).getText()).orElse(null);
        if (field == null) {
            return List.of();
        }
        if (tokens.get(i).getType() == ItemQueryLexer.IN && type == ItemQueryLexer.IN) {
            List<Candidate> open = new ArrayList<>(words("keyword", "("));
            if (field.kind() == Kind.SPRINT) {
                open.add(new Candidate("openSprints()", "function"));
            }
            return open;
        }
        return values(field, vocabulary);
    }

    private static List<Candidate> values(QueryField field, Vocabulary vocabulary) {
        return switch (field.kind()) {
            case TYPE -> Arrays.stream(WorkItemType.values()).map(t -> new Candidate(t.code(), "value")).toList();
            case PRIORITY -> Arrays.stream(Priority.values()).map(p -> new Candidate(p.code(), "value")).toList();
            case STATUS -> named(vocabulary.statuses());
            case LABEL -> named(vocabulary.labels());
            case SPRINT -> {
                List<Candidate> sprints = new ArrayList<>(words("function", "openSprints()"));
                sprints.addAll(named(vocabulary.sprints()));
                yield sprints;
            }
            case PERSON -> {
                List<Candidate> people = new ArrayList<>(words("function", "currentUser()"));
                people.addAll(named(vocabulary.people()));
                yield people;
            }
            case INSTANT, DATE -> QueryCompiler.DATE_FUNCTIONS.stream().map(f -> new Candidate(f + "()", "function"))
                    .toList();
            case BOOLEAN, COMPUTED -> words("value", "true", "false");
            default -> List.of();
        };
    }

    private static List<Candidate> named(List<String> names) {
        return names.stream().map(n -> new Candidate(quoted(n), "value")).toList();
    }

    /** A value as it must be written: quoted when it holds spaces or is a keyword. */
    static String quoted(String value) {
        return PLAIN.matcher(value).matches() && !KEYWORDS.contains(value.toLowerCase(Locale.ROOT)) ? value
                : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static List<Candidate> words(String kind, String... words) {
        return Arrays.stream(words).map(w -> new Candidate(w, kind)).toList();
    }

    private static boolean isKeyword(Token t) {
        return t.getType() >= ItemQueryLexer.AND && t.getType() <= ItemQueryLexer.DESC;
    }

    private static boolean isComparison(Token t) {
        return t.getType() >= ItemQueryLexer.EQ && t.getType() <= ItemQueryLexer.TILDE;
    }

    /** Whether the tokens end inside "in ( …": an open list of values. */
    private static boolean inList(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            int type = tokens.get(i).getType();
            if (type == ItemQueryLexer.RPAREN) {
                return false;
            }
            if (type == ItemQueryLexer.LPAREN) {
                return i > 0 && tokens.get(i - 1).getType() == ItemQueryLexer.IN;
            }
        }
        return false;
    }
}
