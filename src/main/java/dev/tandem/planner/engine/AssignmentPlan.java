package dev.tandem.planner.engine;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardSoftScore;
import java.util.List;

/** The solver's view of an assignment problem. */
@PlanningSolution
public class AssignmentPlan {

    @ProblemFactCollectionProperty
    private List<Assignee> people;

    @ProblemFactCollectionProperty
    private List<ItemLink> links;

    @PlanningEntityCollectionProperty
    private List<Assignment> assignments;

    @PlanningScore
    private HardSoftScore score;

    public AssignmentPlan() {
    }

    AssignmentPlan(List<Assignee> people, List<ItemLink> links, List<Assignment> assignments) {
        this.people = people;
        this.links = links;
        this.assignments = assignments;
    }

    // Timefold reads and writes the annotated fields through public accessors

    public List<Assignee> getPeople() {
        return people;
    }

    public void setPeople(List<Assignee> people) {
        this.people = people;
    }

    public List<ItemLink> getLinks() {
        return links;
    }

    public void setLinks(List<ItemLink> links) {
        this.links = links;
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }

    public void setAssignments(List<Assignment> assignments) {
        this.assignments = assignments;
    }

    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }
}
