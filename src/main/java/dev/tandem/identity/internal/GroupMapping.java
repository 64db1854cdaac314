package dev.tandem.identity.internal;

import dev.tandem.shared.Actor.OrgRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which roles an identity provider's groups give, written {@code group=ADMIN;group=PMO;group=project:KEY:ROLE}.
 * An organisation role from the groups replaces the person's at each sign-in (ADMIN wins over PMO; no matching
 * group means none); project roles are granted, the first entry naming a project winning, and never taken away.
 */
public final class GroupMapping {

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9]{1,9}");
    private static final int MAX_ENTRIES = 200;

    private record Entry(String group, OrgRole orgRole, String projectKey, String projectRole) {
    }

    /** What a person's groups grant: {@code orgRole} null means none; project key → project role name. */
    public record Grants(OrgRole orgRole, Map<String, String> projectRoles) {
    }

    private final List<Entry> entries;

    private GroupMapping(List<Entry> entries) {
        this.entries = entries;
    }

    /** @throws IllegalArgumentException naming the entry that is malformed or names an unknown role */
    public static GroupMapping parse(String text, Predicate<String> knowsProjectRole) {
        List<Entry> entries = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new GroupMapping(entries);
        }
        for (String raw : text.split(";")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.lastIndexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException("Group mapping entry '" + entry + "' is not group=ROLE");
            }
            String group = entry.substring(0, eq).strip();
            String role = entry.substring(eq + 1).strip();
            if (role.toLowerCase(Locale.ROOT).startsWith("project:")) {
                String[] parts = role.split(":", -1);
                if (parts.length != 3 || !PROJECT_KEY.matcher(parts[1]).matches()) {
                    throw new IllegalArgumentException("Group mapping entry '" + entry
                            + "' must name a project role as project:KEY:ROLE with a project key such as PAY");
                }
                if (!knowsProjectRole.test(parts[2])) {
                    throw new IllegalArgumentException("Group mapping entry '" + entry + "' names an unknown project role '"
                            + parts[2] + "'");
                }
                entries.add(new Entry(group, null, parts[1], parts[2]));
            } else {
                OrgRole orgRole = Set.of("ADMIN", "PMO").contains(role) ? OrgRole.valueOf(role) : null;
                if (orgRole == null) {
                    throw new IllegalArgumentException("Group mapping entry '" + entry
                            + "' names an unknown organisation role '" + role + "' (ADMIN, PMO or project:KEY:ROLE)");
                }
                entries.add(new Entry(group, orgRole, null, null));
            }
            if (entries.size() > MAX_ENTRIES) {
                throw new IllegalArgumentException("Group mapping has more than " + MAX_ENTRIES + " entries");
            }
        }
        return new GroupMapping(List.copyOf(entries));
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public Grants grants(Collection<String> groups) {
        OrgRole orgRole = null;
        Map<String, String> projectRoles = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (!groups.contains(e.group())) {
                continue;
            }
            if (e.orgRole() != null) {
                orgRole = orgRole == OrgRole.ADMIN ? orgRole : e.orgRole();
            } else {
                projectRoles.putIfAbsent(e.projectKey(), e.projectRole());
            }
        }
        return new Grants(orgRole, projectRoles);
    }
}
