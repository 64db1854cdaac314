package dev.tandem.planning;

import dev.tandem.portfolio.ProjectRole;
import java.util.List;

/**
 * Whether the first baseline may be captured as far as feasibility goes: it needs at least one EM and one architect
 * member, and the sign-off of every one of them. {@code absentRoles} lists the signing roles the project has no
 * member in yet; {@code missing} names the EMs and architects who have not signed off, as "EM li.wei".
 */
public record FeasibilityStatus(List<ProjectRole> absentRoles, List<String> missing, List<SignoffView> signoffs) {

    public boolean complete() {
        return absentRoles.isEmpty() && missing.isEmpty();
    }

    /** The refusal the baseline gets while a role or a sign-off is missing, or null. */
    public String refusal() {
        if (!absentRoles.isEmpty()) {
            String add = absentRoles.size() > 1 ? "them" : absentRoles.getFirst() == ProjectRole.EM ? "an EM" : "an architect";
            String unsigned = missing.isEmpty() ? "" : " Not signed off yet: " + String.join(", ", missing) + ".";
            return "The first baseline needs the feasibility sign-off of an EM and an architect of the project; add "
                    + add + " under Members." + unsigned;
        }
        return missing.isEmpty() ? null : "The first baseline needs the feasibility sign-off of: " + String.join(", ", missing);
    }
}
