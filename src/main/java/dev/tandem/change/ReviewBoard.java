package dev.tandem.change;

import dev.tandem.portfolio.ProjectRole;
import jakarta.persistence.*;

/** A project's review board settings; its members are the project's PM, EM and architects. */
@Entity
@Table(name = "review_board")
class ReviewBoard {

    @Id
    private Long projectId;
    @Enumerated(EnumType.STRING)
    private DecisionRule decisionRule = DecisionRule.ALL;
    @Enumerated(EnumType.STRING)
    private ProjectRole vetoRole;
    private String currency = "CNY";
    @Version
    private long version;

    protected ReviewBoard() {
    }

    ReviewBoard(long projectId) {
        this.projectId = projectId;
    }

    DecisionRule decisionRule() { return decisionRule; }
    ProjectRole vetoRole() { return vetoRole; }
    String currency() { return currency; }
    long version() { return version; }

    void configure(DecisionRule rule, ProjectRole vetoRole, String currency) {
        this.decisionRule = rule;
        this.vetoRole = vetoRole;
        this.currency = currency;
    }
}
