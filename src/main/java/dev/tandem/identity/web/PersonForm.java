package dev.tandem.identity.web;

import dev.tandem.identity.PersonDraft;
import dev.tandem.identity.PersonSummary;
import dev.tandem.identity.Skill;
import dev.tandem.shared.Actor.OrgRole;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A person as the people and account forms send it. Skills are written as {@code name:level} entries
 * separated by commas, such as {@code java:4, sql:3}.
 */
record PersonForm(String username, String displayName, String email, String password, String locale,
                  String weeklyCapacityHours, String orgRole, String active, String skills, Long version) {

    static PersonForm blank() {
        return new PersonForm("", "", "", "", "en", "40", "", "true", "", null);
    }

    static PersonForm of(PersonSummary person) {
        return new PersonForm(person.username(), person.displayName(), person.email(), "", person.locale(),
                person.weeklyCapacityHours().stripTrailingZeros().toPlainString(),
                person.orgRole() == null ? "" : person.orgRole().name(), Boolean.toString(person.active()),
                person.skills().stream().map(s -> s.name() + ":" + s.level()).collect(Collectors.joining(", ")),
                person.version());
    }

    /** Public because templates call it, and SpEL calls only public methods. */
    public boolean isActive() {
        return "true".equals(active);
    }

    /** The draft for an administrator, who also decides the organisation role and whether the person is active. */
    PersonDraft adminDraft() {
        return new PersonDraft(text(username), text(displayName) == null ? "" : displayName, text(email),
                text(password), text(locale), capacity(), chosenOrgRole(), isActive(), parsedSkills());
    }

    /** The draft of one's own profile: no password, role or activity here. */
    PersonDraft profileDraft() {
        return new PersonDraft(null, text(displayName) == null ? "" : displayName, text(email), null, text(locale),
                capacity(), null, null, parsedSkills());
    }

    boolean clearsOrgRole() {
        return chosenOrgRole() == null;
    }

    private OrgRole chosenOrgRole() {
        for (OrgRole role : OrgRole.values()) {
            if (role.name().equals(orgRole)) {
                return role;
            }
        }
        return null;
    }

    private BigDecimal capacity() {
        String text = text(weeklyCapacityHours);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("weeklyCapacityHours", Text.of("problem.number", text));
        }
    }

    private List<Skill> parsedSkills() {
        List<Skill> result = new ArrayList<>();
        if (skills == null) {
            return result;
        }
        for (String entry : skills.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.lastIndexOf(':');
            try {
                if (colon <= 0) {
                    throw new NumberFormatException();
                }
                result.add(new Skill(trimmed.substring(0, colon).strip(),
                        Integer.parseInt(trimmed.substring(colon + 1).strip())));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("skills", Text.of("problem.skill", trimmed));
            }
        }
        return result;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
