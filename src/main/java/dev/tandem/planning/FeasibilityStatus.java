package dev.tandem.planning;

import dev.tandem.portfolio.ProjectRole;
import dev.tandem.shared.Text;
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
    public Text refusal() {
        if (!absentRoles.isEmpty()) {
            Text add = absentRoles.size() > 1 ? Text.of("problem.planning.addBoth")
                    : absentRoles.getFirst() == ProjectRole.EM ? Text.of("problem.planning.addEm")
                    : Text.of("problem.planning.addArchitect");
            return missing.isEmpty() ? Text.of("problem.planning.firstBaselineRoles", add)
                    : Text.of("problem.planning.firstBaselineRolesAndSignoffs", add, String.join(", ", missing));
        }
        return missing.isEmpty() ? null : Text.of("problem.planning.firstBaselineSignoffs", String.join(", ", missing));
    }
}
