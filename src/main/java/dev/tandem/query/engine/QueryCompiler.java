package dev.tandem.query.engine;

import dev.tandem.query.engine.QueryField.Kind;
import dev.tandem.query.engine.QueryField.Operator;
import dev.tandem.workitem.ItemCondition;
import dev.tandem.workitem.ItemCondition.Op;
import dev.tandem.workitem.Priority;
import dev.tandem.workitem.WorkItemType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Parses a query with the ANTLR grammar and compiles it to an {@link ItemCondition} and an order. Names (people,
 * statuses, sprints) and computed sets (critical, at-risk) come from {@link Names}; dates are relative to {@code now}
 * in the reader's zone. Every refusal is a {@link QueryException} with the position of the mistake.
 */
public final class QueryCompiler {

    public static final int MAX_LENGTH = 2000;
    public static final int MAX_VALUES = 100;
    public static final int MAX_COMPUTED = 2000;
    public static final int MAX_COMPUTED_PROJECTS = 20;
    static final int MAX_DEPTH = 20;
    static final int MAX_TEXT = 200;
    public static final List<String> DATE_FUNCTIONS = List.of("now", "startOfDay", "endOfDay", "startOfWeek",
            "endOfWeek", "startOfMonth", "endOfMonth", "startOfYear", "endOfYear");
    public static final List<String> FUNCTIONS = List.of("currentUser", "openSprints", "now", "startOfDay", "endOfDay",
            "startOfWeek", "endOfWeek", "startOfMonth", "endOfMonth", "startOfYear", "endOfYear");
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*-[0-9]+");
    private static final Pattern RELATIVE = Pattern.compile("([+-][0-9]+)([dwh])");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the compiler looks up; each method is called only when a query needs it. */
    public interface Names {
        long currentUser();

        Optional<Long> person(String username);

        List<String> statuses();

        List<String> sprints();

        /**
         * The keys of the items in the computed set ({@link QueryField#CRITICAL}, {@link QueryField#AT_RISK}), or null
         * when the reader sees more than {@link #MAX_COMPUTED_PROJECTS} projects, too many to compute each one's.
         */
        Set<String> computed(QueryField field);
    }

    public record Compiled(ItemCondition where, List<ItemCondition.Order> order) {
    }

    private final Names names;
    private final ZonedDateTime now;

    public QueryCompiler(Names names, ZonedDateTime now) {
        this.names = names;
        this.now = now;
    }

    public Compiled compile(String text) {
        ItemQueryParser.QueryContext query = parse(text);
        ItemCondition where = query.orExpr() == null ? new ItemCondition.Everything() : or(query.orExpr());
        List<ItemCondition.Order> order = new ArrayList<>();
        for (ItemQueryParser.SortKeyContext key : query.sortKey()) {
            QueryField field = field(key.field());
            if (!field.sortable()) {
                throw error(key.field().getStart(), "query.error.sort", field.spelling(), sortable());
            }
            order.add(new ItemCondition.Order(field.target(), key.DESC() != null));
        }
        return new Compiled(where, order);
    }

    /** The parse tree of a query, or a refusal at the first token the grammar does not expect. */
    public static ItemQueryParser.QueryContext parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new QueryException(new Position(1, 1, 0), "query.error.tooLong", List.of(Integer.toString(MAX_LENGTH)));
        }
        ItemQueryLexer lexer = new ItemQueryLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        int depth = 0;
        for (Token t : tokens.getTokens()) {
            depth += t.getType() == ItemQueryLexer.LPAREN ? 1 : t.getType() == ItemQueryLexer.RPAREN ? -1 : 0;
            if (depth > MAX_DEPTH) {
                throw error(t, "query.error.tooDeep", Integer.toString(MAX_DEPTH));
            }
        }
        ItemQueryParser parser = new ItemQueryParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int column, String msg,
                                    RecognitionException e) {
                Token token = (Token) symbol;
                Position at = new Position(line, column + 1, token.getStartIndex());
                if (token.getType() == Token.EOF) {
                    throw new QueryException(at, "query.error.end", List.of());
                }
                if (token.getType() == ItemQueryLexer.UNEXPECTED
                        && (token.getText().equals("\"") || token.getText().equals("'"))) {
                    throw new QueryException(at, "query.error.unclosed", List.of());
                }
                throw new QueryException(at, "query.error.syntax", List.of(token.getText()));
            }
        });
        return parser.query();
    }

    private ItemCondition or(ItemQueryParser.OrExprContext ctx) {
        List<ItemCondition> parts = ctx.andExpr().stream().map(this::and).toList();
        return parts.size() == 1 ? parts.getFirst() : new ItemCondition.Or(parts);
    }

    private ItemCondition and(ItemQueryParser.AndExprContext ctx) {
        List<ItemCondition> parts = ctx.notExpr().stream().map(this::not).toList();
        return parts.size() == 1 ? parts.getFirst() : new ItemCondition.And(parts);
    }

    private ItemCondition not(ItemQueryParser.NotExprContext ctx) {
        if (ctx.NOT() != null) {
            return new ItemCondition.Not(not(ctx.notExpr()));
        }
        ItemQueryParser.PrimaryContext primary = ctx.primary();
        return primary.orExpr() != null ? or(primary.orExpr()) : condition(primary.condition());
    }

    private ItemCondition condition(ItemQueryParser.ConditionContext ctx) {
        return switch (ctx) {
            case ItemQueryParser.CompareContext c -> compare(c);
            case ItemQueryParser.InListContext c -> inList(c);
            case ItemQueryParser.EmptyContext c -> {
                QueryField field = filterField(c.field());
                Operator op = c.NOT() == null ? Operator.IS_EMPTY : Operator.IS_NOT_EMPTY;
                allow(field, op, c.IS().getSymbol());
                yield new ItemCondition.Empty(field.target(), c.NOT() != null);
            }
            default -> throw new IllegalStateException("unknown condition " + ctx.getText());
        };
    }

    private ItemCondition compare(ItemQueryParser.CompareContext ctx) {
        QueryField field = filterField(ctx.field());
        Token opToken = ctx.operator().getStart();
        Operator op = switch (opToken.getType()) {
            case ItemQueryLexer.EQ -> Operator.EQ;
            case ItemQueryLexer.NE -> Operator.NE;
            case ItemQueryLexer.GT -> Operator.GT;
            case ItemQueryLexer.LT -> Operator.LT;
            case ItemQueryLexer.GE -> Operator.GE;
            case ItemQueryLexer.LE -> Operator.LE;
            default -> Operator.CONTAINS;
        };
        allow(field, op, opToken);
        if (field.kind() == Kind.COMPUTED) {
            boolean wanted = bool(field, ctx.value());
            return computed(field, ctx.field().getStart(), op == Operator.EQ ? wanted : !wanted);
        }
        Op target = Op.valueOf(op.name());
        if (field.kind() == Kind.TEXT) {
            String text = text(ctx.value());
            if (text.isBlank() || text.length() > MAX_TEXT) {
                throw error(ctx.value().getStart(), "query.error.value.text", Integer.toString(MAX_TEXT));
            }
            return new ItemCondition.Compare(field.target(), Op.CONTAINS, text.strip());
        }
        return new ItemCondition.Compare(field.target(), target, value(field, ctx.value()));
    }

    private ItemCondition inList(ItemQueryParser.InListContext ctx) {
        QueryField field = filterField(ctx.field());
        boolean negated = ctx.NOT() != null;
        allow(field, negated ? Operator.NOT_IN : Operator.IN, ctx.IN().getSymbol());
        if (ctx.function() != null) {
            ItemQueryParser.FunctionContext fn = ctx.function();
            if (field.kind() != Kind.SPRINT || !fn.WORD().getText().equalsIgnoreCase("openSprints")) {
                throw functionError(field, fn);
            }
            arguments(fn, 0);
            ItemCondition open = new ItemCondition.Compare(field.target(), Op.EQ, ItemCondition.OPEN_SPRINTS);
            return negated ? new ItemCondition.Not(open) : open;
        }
        if (ctx.value().size() > MAX_VALUES) {
            throw error(ctx.value(MAX_VALUES).getStart(), "query.error.tooManyValues", Integer.toString(MAX_VALUES));
        }
        List<Object> values = new ArrayList<>();
        for (ItemQueryParser.ValueContext v : ctx.value()) {
            values.add(value(field, v));
        }
        return new ItemCondition.In(field.target(), values, negated);
    }

    private ItemCondition computed(QueryField field, Token at, boolean wanted) {
        Set<String> keys = names.computed(field);
        if (keys == null) {
            throw error(at, "query.error.computedProjects", field.spelling(), Integer.toString(MAX_COMPUTED_PROJECTS));
        }
        if (keys.size() > MAX_COMPUTED) {
            throw error(at, "query.error.tooManyComputed", field.spelling(), Integer.toString(MAX_COMPUTED));
        }
        return new ItemCondition.In(ItemCondition.Field.KEY, List.copyOf(keys), !wanted);
    }

    private Object value(QueryField field, ItemQueryParser.ValueContext ctx) {
        Token at = ctx.getStart();
        if (ctx.function() != null) {
            return functionValue(field, ctx.function());
        }
        String raw = text(ctx);
        return switch (field.kind()) {
            case PROJECT, LABEL -> raw;
            case KEY -> {
                if (!KEY.matcher(raw).matches()) {
                    throw error(at, "query.error.value.key", raw);
                }
                yield raw.toUpperCase(Locale.ROOT);
            }
            case TYPE -> Arrays.stream(WorkItemType.values()).filter(t -> t.code().equalsIgnoreCase(raw)).findFirst()
                    .orElseThrow(() -> error(at, "query.error.value.choice", raw, field.spelling(),
                            Arrays.stream(WorkItemType.values()).map(WorkItemType::code).collect(Collectors.joining(", "))));
            case PRIORITY -> Arrays.stream(Priority.values()).filter(p -> p.code().equalsIgnoreCase(raw)).findFirst()
                    .orElseThrow(() -> error(at, "query.error.value.choice", raw, field.spelling(),
                            Arrays.stream(Priority.values()).map(Priority::code).collect(Collectors.joining(", "))));
            case STATUS -> named(field, at, raw, names.statuses());
            case SPRINT -> named(field, at, raw, names.sprints());
            case PERSON -> names.person(raw).orElseThrow(() -> error(at, "query.error.value.person", raw));
            case NUMBER -> {
                try {
                    yield new BigDecimal(raw);
                } catch (NumberFormatException e) {
                    throw error(at, "query.error.value.number", raw, field.spelling());
                }
            }
            case INSTANT -> date(field, at, raw, ctx.STRING() != null).toInstant();
            case DATE -> date(field, at, raw, ctx.STRING() != null).toLocalDate();
            case BOOLEAN -> bool(field, ctx);
            case TEXT, COMPUTED, ORDER_ONLY -> throw new IllegalStateException(field + " has no plain value");
        };
    }

    private Object functionValue(QueryField field, ItemQueryParser.FunctionContext fn) {
        String name = fn.WORD().getText();
        if (name.equalsIgnoreCase("currentUser") && field.kind() == Kind.PERSON) {
            arguments(fn, 0);
            return names.currentUser();
        }
        if (name.equalsIgnoreCase("openSprints") && field.kind() == Kind.SPRINT) {
            arguments(fn, 0);
            return ItemCondition.OPEN_SPRINTS;
        }
        if (field.kind() == Kind.INSTANT || field.kind() == Kind.DATE) {
            String function = DATE_FUNCTIONS.stream().filter(f -> f.equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> functionError(field, fn));
            ZonedDateTime at = dateFunction(function, function.equals("now") ? arguments(fn, 0) : arguments(fn, 1));
            return field.kind() == Kind.INSTANT ? at.toInstant() : at.toLocalDate();
        }
        throw functionError(field, fn);
    }

    private QueryException functionError(QueryField field, ItemQueryParser.FunctionContext fn) {
        String name = fn.WORD().getText();
        boolean known = FUNCTIONS.stream().anyMatch(f -> f.equalsIgnoreCase(name));
        return known ? error(fn.getStart(), "query.error.function.field", name, field.spelling())
                : error(fn.getStart(), "query.error.function.unknown", name, String.join(", ", FUNCTIONS));
    }

    /** The function's one optional whole-number argument (0 when absent); {@code max} is 0 or 1. */
    private int arguments(ItemQueryParser.FunctionContext fn, int max) {
        List<ItemQueryParser.ArgumentContext> args = fn.argument();
        if (args.size() > max) {
            throw error(args.get(max).getStart(), "query.error.function.argument", fn.WORD().getText(),
                    args.get(max).getText());
        }
        if (args.isEmpty()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(args.getFirst().getText());
            if (Math.abs(n) > 1000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw error(args.getFirst().getStart(), "query.error.function.argument", fn.WORD().getText(),
                    args.getFirst().getText());
        }
    }

    private ZonedDateTime dateFunction(String name, int n) {
        ZonedDateTime day = now.truncatedTo(ChronoUnit.DAYS);
        ZonedDateTime week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ZonedDateTime month = day.withDayOfMonth(1);
        ZonedDateTime year = day.withDayOfYear(1);
        return switch (name) {
            case "now" -> now;
            case "startOfDay" -> day.plusDays(n);
            case "endOfDay" -> last(day.plusDays(n + 1L));
            case "startOfWeek" -> week.plusWeeks(n);
            case "endOfWeek" -> last(week.plusWeeks(n + 1L));
            case "startOfMonth" -> month.plusMonths(n);
            case "endOfMonth" -> last(month.plusMonths(n + 1L));
            case "startOfYear" -> year.plusYears(n);
            case "endOfYear" -> last(year.plusYears(n + 1L));
            default -> throw new IllegalStateException(name);
        };
    }

    /** The last millisecond before {@code next}: the end of a day, week, month or year. */
    private static ZonedDateTime last(ZonedDateTime next) {
        return next.minus(1, ChronoUnit.MILLIS);
    }

    private ZonedDateTime date(QueryField field, Token at, String raw, boolean quoted) {
        Matcher relative = RELATIVE.matcher(raw);
        if (!quoted && relative.matches()) {
            long n = Long.parseLong(relative.group(1));
            return switch (relative.group(2)) {
                case "d" -> now.plusDays(n);
                case "w" -> now.plusWeeks(n);
                default -> now.plusHours(n);
            };
        }
        try {
            return LocalDate.parse(raw).atStartOfDay(now.getZone());
        } catch (DateTimeParseException notADay) {
            try {
                return LocalDateTime.parse(raw, DATE_TIME).atZone(now.getZone());
            } catch (DateTimeParseException e) {
                throw error(at, "query.error.value.date", raw, field.spelling());
            }
        }
    }

    private boolean bool(QueryField field, ItemQueryParser.ValueContext ctx) {
        String raw = text(ctx).toLowerCase(Locale.ROOT);
        return switch (raw) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw error(ctx.getStart(), "query.error.value.choice", text(ctx), field.spelling(), "true, false");
        };
    }

    private static String named(QueryField field, Token at, String raw, List<String> known) {
        return known.stream().filter(n -> n.equalsIgnoreCase(raw)).findFirst()
                .orElseThrow(() -> error(at, "query.error.value.choice", raw, field.spelling(),
                        String.join(", ", known.stream().limit(20).toList())));
    }

    private static QueryField filterField(ItemQueryParser.FieldContext ctx) {
        QueryField field = field(ctx);
        if (!QueryField.filterable().contains(field)) {
            throw error(ctx.getStart(), "query.error.field.orderOnly", field.spelling());
        }
        return field;
    }

    private static QueryField field(ItemQueryParser.FieldContext ctx) {
        String name = unquote(ctx.getStart());
        if (QueryField.WITHOUT_DATA.contains(name.toLowerCase(Locale.ROOT))) {
            throw error(ctx.getStart(), "query.error.field.noData", name);
        }
        return QueryField.named(name).orElseThrow(() -> error(ctx.getStart(), "query.error.field.unknown", name,
                QueryField.filterable().stream().map(QueryField::spelling).collect(Collectors.joining(", "))));
    }

    private static void allow(QueryField field, Operator op, Token at) {
        if (!field.operators().contains(op)) {
            throw error(at, "query.error.operator", field.spelling(), op.spelling(),
                    field.operators().stream().map(Operator::spelling).collect(Collectors.joining(", ")));
        }
    }

    private static String sortable() {
        return Arrays.stream(QueryField.values()).filter(QueryField::sortable).map(QueryField::spelling)
                .collect(Collectors.joining(", "));
    }

    private static String text(ItemQueryParser.ValueContext ctx) {
        TerminalNode node = ctx.STRING() != null ? ctx.STRING() : ctx.WORD() != null ? ctx.WORD() : ctx.SIGNED();
        return unquote(node.getSymbol());
    }

    static String unquote(Token token) {
        String text = token.getText();
        if (token.getType() != ItemQueryLexer.STRING) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() - 1) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static QueryException error(Token at, String key, String... args) {
        return new QueryException(new Position(at.getLine(), at.getCharPositionInLine() + 1, at.getStartIndex()), key,
                List.of(args));
    }
}
