package dev.tandem.planner.engine;

/** A person as a value of the assignment variable: compared by identity, so grouping by assignee stays cheap. */
public final class Assignee {

    private final Person person;

    Assignee(Person person) {
        this.person = person;
    }

    Person person() {
        return person;
    }

    @Override
    public String toString() {
        return person.id();
    }
}
