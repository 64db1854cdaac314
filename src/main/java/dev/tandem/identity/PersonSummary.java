package dev.tandem.identity;

import dev.tandem.shared.Actor.OrgRole;
import java.math.BigDecimal;
import java.util.List;

/** What other modules and the surfaces may know of a person. */
public record PersonSummary(long id, String username, String displayName, String email, String locale,
                            BigDecimal weeklyCapacityHours, OrgRole orgRole, boolean active, List<Skill> skills,
                            boolean canSignIn, long version) {
}
