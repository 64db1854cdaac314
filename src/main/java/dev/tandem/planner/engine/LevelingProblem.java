package dev.tandem.planner.engine;

import java.util.ArrayList;
import java.util.List;

/** Activities, their dependencies and the resources they draw on. */
public record LevelingProblem(List<Activity> activities, List<Link> links, List<Resource> resources) {

    public LevelingProblem {
        activities = List.copyOf(activities);
        links = List.copyOf(links);
        resources = List.copyOf(resources);
        for (Activity activity : activities) {
            if (activity.demand().length != resources.size()) {
                throw new IllegalArgumentException("demand of " + activity.id() + " must name every resource");
            }
        }
        for (Activity activity : activities) {
            for (int r : activity.anyOf()) {
                if (r < 0 || r >= resources.size()) {
                    throw new IllegalArgumentException(activity.id() + " names an unknown resource");
                }
            }
        }
        for (Link link : links) {
            if (link.predecessor() < 0 || link.predecessor() >= activities.size() || link.successor() < 0
                    || link.successor() >= activities.size() || link.predecessor() == link.successor()) {
                throw new IllegalArgumentException("link between unknown activities: " + link);
            }
        }
    }

    /**
     * Why no plan can respect the hard constraints, before searching: an activity needs more of a resource than it
     * ever has, or the dependencies form a cycle. Empty when the problem can be planned (pins may still clash).
     */
    public List<Infeasibility> infeasibilities() {
        List<Infeasibility> reasons = new ArrayList<>();
        for (Activity activity : activities) {
            for (int r = 0; r < resources.size(); r++) {
                int units = activity.demandOf(r);
                if (units > 0 && activity.duration() > 0 && units > maxCapacity(resources.get(r))) {
                    reasons.add(new Infeasibility(Infeasibility.Kind.DEMAND_ABOVE_CAPACITY, activity.id(),
                            resources.get(r).name()));
                }
            }
        }
        for (Activity activity : activities) {
            if (activity.anyOf().length > 0 && activity.duration() > 0 && java.util.Arrays.stream(activity.anyOf())
                    .noneMatch(r -> activity.anyUnits() + activity.demandOf(r) <= maxCapacity(resources.get(r)))) {
                reasons.add(new Infeasibility(Infeasibility.Kind.DEMAND_ABOVE_CAPACITY, activity.id(),
                        java.util.Arrays.stream(activity.anyOf()).mapToObj(r -> resources.get(r).name())
                                .collect(java.util.stream.Collectors.joining(" / "))));
            }
        }
        int[] order = Network.of(this).topologicalOrder();
        if (order == null) {
            reasons.add(new Infeasibility(Infeasibility.Kind.DEPENDENCY_CYCLE, null, null));
        }
        return reasons;
    }

    private static int maxCapacity(Resource resource) {
        int max = resource.capacity();
        for (int c : resource.capacityByDay()) {
            max = Math.max(max, c);
        }
        return max;
    }
}
