package dev.tandem.change.internal;

import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Who sits on a project's review board now, and the board's settings. */
@Component
public class Reviewers {

    /** The roles of the board while nobody is listed. */
    public static final Set<ProjectRole> DEFAULT_ROLES = EnumSet.of(ProjectRole.PM, ProjectRole.EM, ProjectRole.ARCHITECT);

    private final ReviewBoards boards;
    private final PortfolioManagement portfolio;

    Reviewers(ReviewBoards boards, PortfolioManagement portfolio) {
        this.boards = boards;
        this.portfolio = portfolio;
    }

    /** The board's settings, or the defaults (rule ALL, nobody listed) of a board never configured; not saved. */
    public ReviewBoard board(long projectId) {
        return boards.findById(projectId).orElseGet(() -> new ReviewBoard(projectId));
    }

    /**
     * The board's members now. Listed people who left the project are simply absent; if none of the listed people is
     * still a member, the board falls back to the PM, EM and architects so requests can still be decided.
     */
    public List<MemberSummary> of(long projectId) {
        Set<Long> listed = board(projectId).memberIds();
        List<MemberSummary> projectMembers = portfolio.membersOf(projectId);
        List<MemberSummary> members = projectMembers.stream().filter(m -> listed.contains(m.personId())).toList();
        return members.isEmpty() ? projectMembers.stream().filter(m -> DEFAULT_ROLES.contains(m.role())).toList() : members;
    }
}
