package dev.tandem.schedule;

import dev.tandem.shared.Text;
import java.util.Optional;

/**
 * A rule another module sets on capturing a project's first baseline, such as the engineering feasibility
 * sign-off. Later baselines come only from approved change requests.
 */
public interface BaselinePolicy {

    /** Why the first baseline of the project may not be captured now, in words a person can act on; empty if it may. */
    Optional<Text> refusalOfFirstBaseline(long projectId, String projectKey);
}
