package dev.tandem.identity;

import dev.tandem.shared.Actor.OrgRole;
import java.math.BigDecimal;
import java.util.List;

/**
 * The fields of a new person or of an edit; a null field in an edit keeps its value.
 * A null password leaves the person unable to sign in with a password.
 */
public record PersonDraft(String username, String displayName, String email, String password, String locale,
                          BigDecimal weeklyCapacityHours, OrgRole orgRole, Boolean active, List<Skill> skills) {
}
