package dev.tandem.pmo;

import dev.tandem.reporting.DeliverySource;
import dev.tandem.reporting.ReviewBoardSource;
import dev.tandem.reporting.RiskSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The projects of one portfolio that the reader may see, as of {@code asOf} (ISO week {@code week}). {@code portfolios}
 * names every portfolio the reader sees a project of; {@code truncated} says that more projects than shown belong to
 * this one.
 */
public record PortfolioOverview(String portfolio, List<String> portfolios, LocalDate asOf, String week,
                                List<ProjectStatus> projects, List<TimelineEntry> timeline, List<SharedPerson> sharedPeople,
                                boolean truncated) {

    /**
     * One project; {@code href} opens it. {@code dora} is null without a code-host integration; {@code cpi} null
     * without a baseline or actual cost.
     */
    public record ProjectStatus(String key, String name, String href, Health schedule, Health scope, Health budget,
                                Health quality, BigDecimal cpi, List<TimelineEntry> milestones,
                                List<RiskSource.Risk> topRisks, List<ReviewBoardSource.InReview> openChanges,
                                List<Scorecard> scorecards, DeliverySource.Figures dora) {
    }

    /**
     * A colour and what it was judged on: {@code figure} is the measure the rule compared (working days late, change
     * requests in review, CPI, failed gates) and {@code subject} what it was measured on (the milestone), where any.
     */
    public record Health(Rag colour, String figure, String subject) {
    }

    /** A milestone of a project; {@code date} is its forecast (else its planned date), the order of the timeline. */
    public record TimelineEntry(String project, String key, String title, LocalDate date, LocalDate baselineDate,
                                int slipDays, boolean done, String href) {
    }

    public record Scorecard(String item, String title, BigDecimal overall) {
    }

    /**
     * A person who belongs to two or more of the projects, with their scheduled hours in the week in each and in all;
     * {@code availableHours} is what they can give in the week (their capacity less leave), {@code over} whether the
     * projects together ask more.
     */
    public record SharedPerson(String username, String displayName, List<Share> projects, BigDecimal plannedHours,
                               BigDecimal availableHours, boolean over) {
    }

    public record Share(String project, String role, BigDecimal plannedHours) {
    }
}
