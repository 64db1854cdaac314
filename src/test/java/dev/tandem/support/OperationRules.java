package dev.tandem.support;

import dev.tandem.portfolio.Permission;
import dev.tandem.support.ApiFixtures.Caller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table "Per API operation" of docs/permissions.md: which rule governs each operation, and what that rule
 * answers each kind of caller. A rule is a project permission of the matrix, or one of the named rules below.
 */
public final class OperationRules {

    /** How a call must end for one caller. */
    public enum Outcome {
        ALLOWED, FORBIDDEN, NOT_FOUND
    }

    private static final String SECTION = "## Per API operation";
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z]+ /[^`]+)` \\| (.+?) \\|$");

    private final Map<String, String> rules;

    private OperationRules(Map<String, String> rules) {
        this.rules = rules;
    }

    public static OperationRules fromDocs() {
        String doc;
        try {
            doc = Files.readString(Path.of("docs/permissions.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = doc.indexOf(SECTION);
        if (start < 0) {
            throw new AssertionError("docs/permissions.md has no section '" + SECTION + "'");
        }
        int end = doc.indexOf("\n## ", start + SECTION.length());
        Map<String, String> rules = new LinkedHashMap<>();
        for (String line : doc.substring(start, end < 0 ? doc.length() : end).split("\n")) {
            Matcher m = ROW.matcher(line.strip());
            if (m.matches() && rules.put(m.group(1), m.group(2).strip()) != null) {
                throw new AssertionError("docs/permissions.md lists " + m.group(1) + " twice");
            }
        }
        return new OperationRules(rules);
    }

    /** Operation ({@code METHOD /path}) to rule text, in the order of the document. */
    public Map<String, String> rules() {
        return rules;
    }

    /** The rule's text for an operation, or null when the table has no row for it. */
    public String rule(String operation) {
        return rules.get(operation);
    }

    /**
     * What the rule answers {@code caller}. {@code owner} is the caller whose own thing the call is about (the
     * author of the comment, the holder of the token, the person whose account or leave it is …).
     */
    public static Outcome expected(String rule, Caller caller, Caller owner) {
        String plain = rule.replace("`", "");
        Permission permission = Arrays.stream(Permission.values()).filter(p -> p.name().equals(plain)).findFirst()
                .orElse(null);
        if (permission != null) {
            return inProject(permission, caller);
        }
        boolean own = caller == owner;
        return switch (plain) {
            case "signed in", "own account", "own account, with the password" -> Outcome.ALLOWED;
            case "admin" -> allowedIf(caller == Caller.ADMIN);
            case "PMO or admin" -> allowedIf(caller == Caller.ADMIN || caller == Caller.PMO);
            case "own account or admin" -> allowedIf(own || caller == Caller.ADMIN);
            case "own token", "own notification", "own filter" -> own ? Outcome.ALLOWED : Outcome.NOT_FOUND;
            case "own account, PMO, admin or a shared project" -> allowedIf(caller != Caller.NON_MEMBER);
            case "project member" -> member(caller, caller.role() != null || caller == Caller.ADMIN);
            case "requester or EDIT_PROJECT" -> member(caller, own || inProject(Permission.EDIT_PROJECT, caller) == Outcome.ALLOWED);
            case "review board" -> member(caller, caller == Caller.PM || caller == Caller.EM || caller == Caller.ARCHITECT);
            case "EM or architect" -> member(caller, caller == Caller.EM || caller == Caller.ARCHITECT);
            case "comment author", "card author" -> member(caller, own);
            case "work-log author or EDIT_PROJECT" ->
                    member(caller, own || inProject(Permission.EDIT_PROJECT, caller) == Outcome.ALLOWED);
            case "retrospective facilitator" ->
                    member(caller, own || inProject(Permission.MANAGE_SPRINTS, caller) == Outcome.ALLOWED);
            case "comment author or DELETE_ITEMS" ->
                    member(caller, own || inProject(Permission.DELETE_ITEMS, caller) == Outcome.ALLOWED);
            default -> throw new AssertionError("docs/permissions.md names an unknown rule: '" + rule + "'");
        };
    }

    /** The project matrix: administrators act as PM, PMO staff read, outsiders are told the project does not exist. */
    private static Outcome inProject(Permission permission, Caller caller) {
        return switch (caller) {
            case ADMIN -> Outcome.ALLOWED;
            case NON_MEMBER -> Outcome.NOT_FOUND;
            case PMO -> allowedIf(permission == Permission.VIEW_PROJECT);
            default -> allowedIf(caller.role().may(permission));
        };
    }

    /** A rule about something inside the project: outsiders never learn that it exists. */
    private static Outcome member(Caller caller, boolean allowed) {
        return caller == Caller.NON_MEMBER ? Outcome.NOT_FOUND : allowedIf(allowed);
    }

    private static Outcome allowedIf(boolean allowed) {
        return allowed ? Outcome.ALLOWED : Outcome.FORBIDDEN;
    }
}
