package dev.tandem.change.internal;

import dev.tandem.change.DecisionRule;
import dev.tandem.portfolio.ProjectRole;
import jakarta.persistence.*;
import java.util.HashSet;
import java.util.Set;

/**
 * A project's review board settings. Its members are the people listed here; while nobody is listed (never configured,
 * or every listed person left the project) they are the project's PM, EM and architects.
 */
@Entity
@Table(name = "review_board")
public class ReviewBoard {

    @Id
    private Long projectId;
    @Enumerated(EnumType.STRING)
    private DecisionRule decisionRule = DecisionRule.ALL;
    @Enumerated(EnumType.STRING)
    private ProjectRole vetoRole;
    private String currency = "CNY";
    private Integer quorum;
    @ElementCollection
    @CollectionTable(name = "review_board_member", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "person_id")
    private Set<Long> memberIds = new HashSet<>();
    @Version
    private long version;

    protected ReviewBoard() {
    }

    public ReviewBoard(long projectId) {
        this.projectId = projectId;
    }

    public DecisionRule decisionRule() { return decisionRule; }
    public ProjectRole vetoRole() { return vetoRole; }
    public String currency() { return currency; }
    public Integer quorum() { return quorum; }
    public Set<Long> memberIds() { return Set.copyOf(memberIds); }
    public long version() { return version; }

    public void configure(DecisionRule rule, ProjectRole vetoRole, String currency, Integer quorum, Set<Long> memberIds) {
        this.decisionRule = rule;
        this.vetoRole = vetoRole;
        this.currency = currency;
        this.quorum = quorum;
        this.memberIds.clear();
        this.memberIds.addAll(memberIds);
    }
}
