package dev.tandem.demo;

import dev.tandem.change.ChangeManagement;
import dev.tandem.change.ProposedChange;
import dev.tandem.change.VoteDecision;
import dev.tandem.identity.PersonSummary;
import dev.tandem.planning.AdrFields;
import dev.tandem.planning.Alternative;
import dev.tandem.register.BufferStatus;
import dev.tandem.planning.CharterFields;
import dev.tandem.planning.CharterManagement;
import dev.tandem.register.DebtFields;
import dev.tandem.planning.DifficultyFields;
import dev.tandem.planning.FeasibilityManagement;
import dev.tandem.planning.KickoffFields;
import dev.tandem.planning.KickoffManagement;
import dev.tandem.planning.MetricFields;
import dev.tandem.register.RiskFields;
import dev.tandem.register.RiskManagement;
import dev.tandem.register.ScoreFields;
import dev.tandem.register.ScorecardManagement;
import dev.tandem.register.TechDebtManagement;
import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The planning and governance records of the payment system — charter, kick-off, feasibility sign-offs, baselines,
 * change requests, risks, tech debt and scorecards — written by the demo people in their own roles, so every page of
 * PAY has something to show on a first look. A second change request waits for the vote of {@code admin}, whom the
 * PM puts on the review board, so a visitor signed in as admin is asked to vote.
 */
@Component
class PaymentSystemGovernance {

    static final String PROJECT = "PAY";
    static final String KICKOFF_BASELINE = "Kick-off";

    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;
    private final CharterManagement charters;
    private final KickoffManagement kickoffs;
    private final FeasibilityManagement feasibility;
    private final ScheduleManagement schedules;
    private final ChangeManagement changes;
    private final RiskManagement risks;
    private final TechDebtManagement debts;
    private final ScorecardManagement scorecards;

    PaymentSystemGovernance(PortfolioManagement portfolio, WorkItemManagement workItems, CharterManagement charters,
                            KickoffManagement kickoffs, FeasibilityManagement feasibility, ScheduleManagement schedules,
                            ChangeManagement changes, RiskManagement risks, TechDebtManagement debts,
                            ScorecardManagement scorecards) {
        this.portfolio = portfolio;
        this.workItems = workItems;
        this.charters = charters;
        this.kickoffs = kickoffs;
        this.feasibility = feasibility;
        this.schedules = schedules;
        this.changes = changes;
        this.risks = risks;
        this.debts = debts;
        this.scorecards = scorecards;
    }

    void load(Actor admin, Map<String, PersonSummary> people, LocalDate projectStart) {
        Actor pm = actor(people, "zhangmin");
        Actor em = actor(people, "dokafor");
        Actor architect = actor(people, "liwei");
        Actor product = actor(people, "schen");
        Map<String, ItemView> items = workItems.all(admin, PROJECT).stream()
                .collect(Collectors.toMap(ItemView::title, i -> i, (a, b) -> a));

        charter(pm, em, product);
        kickoff(pm, projectStart);
        feasibility.signOff(em, PROJECT, "Team and skills are in place; the acquirer certification slot is the one "
                + "date we do not control.");
        feasibility.signOff(architect, PROJECT, "Gateway, ledger and event backbone are proven in the spikes; "
                + "2,000 TPS holds on the staging cluster with headroom.");
        schedules.captureBaseline(pm, PROJECT, KICKOFF_BASELINE);
        changeRequests(admin, pm, em, architect, product, items);
        slipAfterKickoff(em, actor(people, "wangfang"), items);
        risks(pm, architect, em);
        techDebt(pm, em);
        scorecards(architect, em, items);
    }

    private void charter(Actor pm, Actor em, Actor product) {
        charters.update(pm, PROJECT, new CharterFields(
                "One gateway for every way our customers pay — cards, wallets and instant transfers — posted to a "
                        + "ledger that always balances and reconciled every night.",
                "- Retire the legacy card switch and its licence (CNY 4.2 m a year)\n"
                        + "- Cut authorisation latency from 900 ms to under 300 ms at p99\n"
                        + "- Open Alipay, WeChat Pay and SEPA Instant to our merchants\n"
                        + "- Pass the PCI-DSS audit once for the whole platform",
                "- Card authorisation, capture, void and refunds through the new gateway\n"
                        + "- Double-entry ledger and daily reconciliation with the acquirers\n"
                        + "- Real-time risk checks on every payment\n"
                        + "- PCI-DSS certification before the pilot",
                "- Merchant onboarding and KYC (stays in the onboarding programme)\n"
                        + "- Chargeback case management (phase 2)\n"
                        + "- Migration of historical transactions older than 13 months",
                "Spring Boot services behind an API gateway; payment events on Kafka; the ledger on PostgreSQL with "
                        + "balanced journals enforced in the posting service; card data only inside the tokenisation "
                        + "vault, which is the PCI-DSS scope."), charters.charter(pm, PROJECT).version());
        // the architect's role may not edit the charter, so the EM records the architecture decisions
        charters.addAdr(em, PROJECT, new AdrFields("Double-entry ledger on PostgreSQL",
                "Every payment moves money between accounts; the legacy switch keeps balances that drift and are "
                        + "fixed by hand.",
                "Postings are journals of debit and credit lines that must balance; balances are derived, never "
                        + "edited. PostgreSQL with serializable transactions per journal.",
                "Reconciliation becomes a comparison of two ledgers. Reporting queries need read replicas.",
                "accepted", null));
        charters.addAdr(em, PROJECT, new AdrFields("Kafka as the payment event backbone",
                "Gateway, ledger, risk checks and notifications all react to the same payment events.",
                "Payment events go to Kafka topics keyed by payment id, with an outbox in each service.",
                "Consumers must be idempotent; the operations team runs a Kafka cluster for the first time.",
                "accepted", null));
        charters.addAdr(em, PROJECT, new AdrFields("Tokenise card numbers at the edge",
                "Every service that sees a card number is in the PCI-DSS scope.",
                "The hosted checkout sends card numbers straight to the tokenisation vault; everything else sees tokens.",
                "The audit covers the vault and the checkout only; the vault is a single point of failure and "
                        + "runs in two zones.",
                "proposed", null));
        charters.addDifficulty(em, PROJECT, new DifficultyFields("Acquirer certification of the ISO 8583 interface",
                "The primary acquirer certifies new hosts in fixed test windows, one a quarter; failing the window "
                        + "moves the pilot by three months.",
                "dokafor", List.of(
                new Alternative("Build against the acquirer's simulator now and book the June window with two "
                        + "dry runs beforehand", true),
                new Alternative("Fallback: pilot on the secondary acquirer, already certified for our legacy "
                        + "host, and move volume once the primary certifies", false))));
        charters.addMetric(product, PROJECT, new MetricFields("Authorisation latency p99", "ms", "lower_is_better",
                BigDecimal.valueOf(900), BigDecimal.valueOf(300), BigDecimal.valueOf(420), "manual", null));
        charters.addMetric(product, PROJECT, new MetricFields("Payment success rate", "%", "higher_is_better",
                new BigDecimal("96.5"), new BigDecimal("99.2"), new BigDecimal("97.8"), "manual", null));
        charters.addMetric(pm, PROJECT, new MetricFields("Milestones on time", "%", "higher_is_better",
                BigDecimal.valueOf(70), BigDecimal.valueOf(90), null, "on_time_milestones", 26));
    }

    private void kickoff(Actor pm, LocalDate heldOn) {
        kickoffs.record(pm, PROJECT, new KickoffFields(heldOn,
                List.of("zhangmin", "dokafor", "liwei", "schen", "wangfang", "tbecker", "chenjie", "mbrandt"),
                true, true, true,
                "- Pilot with 20 merchants in Shanghai and Frankfurt at the end of the second quarter\n"
                        + "- The ledger is the source of truth from day one; the legacy switch only forwards\n"
                        + "- Changes to the baseline go through the review board (PM, EM, architect)"), null);
        kickoffs.addAction(pm, PROJECT, "Book the acquirer's certification window", "dokafor", heldOn.plusDays(14));
    }

    /**
     * CR-1 is approved by the default board (PM, EM, architect), which captures a new baseline. Then the PM puts
     * admin on the board, and CR-2 gets every vote but admin's.
     */
    private void changeRequests(Actor admin, Actor pm, Actor em, Actor architect, Actor product,
                                Map<String, ItemView> items) {
        ItemView sepa = item(items, "SEPA Instant credit transfers");
        var first = changes.draft(product, PROJECT, "Move SEPA Instant two weeks later",
                "The scheme's test environment opens two weeks after our plan assumed; the capacity goes to the "
                        + "ISO 8583 codec, which the acquirer's simulator showed to be bigger than estimated.",
                List.of(new ProposedChange.SetDates(sepa.key(), sepa.plannedStart().plusWeeks(2),
                                sepa.plannedFinish().plusWeeks(2)),
                        new ProposedChange.SetEstimate(item(items, "ISO 8583 message codec").key(),
                                BigDecimal.valueOf(6), null, null)),
                4, "Both steps follow from facts we learned this month.");
        changes.submit(product, first.id());
        for (Actor reviewer : List.of(pm, em, architect)) {
            changes.vote(reviewer, first.id(), VoteDecision.APPROVE, null);
        }

        // admin sits in as a stakeholder so that the board can list them
        MemberSummary membership = portfolio.members(pm, PROJECT).stream()
                .filter(m -> m.username().equals(admin.username())).findFirst().orElse(null);
        if (membership == null) {
            portfolio.addMember(pm, PROJECT, admin.username(), ProjectRole.STAKEHOLDER);
        }
        changes.configureBoard(pm, PROJECT, null, null, null, null,
                List.of(pm.username(), em.username(), architect.username(), admin.username()), null, null,
                changes.boardSettings(pm, PROJECT).version());

        ItemView wallets = item(items, "Apple Pay and Google Pay tokens");
        var second = changes.draft(product, PROJECT, "Handle network token expiry for Apple Pay and Google Pay",
                "The card networks rotate device tokens; without handling the expiry, recurring wallet payments fail "
                        + "after a card is reissued.",
                List.of(new ProposedChange.SetEstimate(wallets.key(), BigDecimal.valueOf(6), null, BigDecimal.valueOf(8))),
                3, "Estimate from the network's documentation; no spike yet.");
        changes.submit(product, second.id());
        changes.vote(pm, second.id(), VoteDecision.APPROVE, "Fits in the buffer.");
        changes.vote(em, second.id(), VoteDecision.APPROVE, null);
        changes.vote(architect, second.id(), VoteDecision.ABSTAIN, "Depends on the token service provider's API.");
    }

    /**
     * What moved general availability after the kick-off: the EM finds that it did not wait for the legacy switch to be
     * decommissioned and links the two, then the engineer running the parallel run needs three more working days (its planned finish moves from a Friday to the Wednesday after).
     * The milestone's "why did it move?" view names both, with their authors.
     */
    private void slipAfterKickoff(Actor em, Actor engineer, Map<String, ItemView> items) {
        ItemView availability = item(items, "General availability");
        workItems.addDependency(em, availability.key(), item(items, "Decommission the legacy switch").key(), "FS", 0);
        ItemView parallelRun = workItems.get(engineer, item(items, "Compare outcomes daily and explain every difference").key());
        workItems.update(engineer, parallelRun.key(), new ItemFields(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, parallelRun.plannedFinish().plusDays(5), null, Set.of()),
                parallelRun.version());
    }

    /** Spread over the heat map; the first three are at or above the default threshold of 12. */
    private void risks(Actor pm, Actor architect, Actor em) {
        risk(pm, "Acquirer certification window missed", "external", 3, 5, "dokafor",
                "Two dry runs against the simulator before the window", "Pilot on the secondary acquirer",
                "A dry run fails on the message format", "mitigating");
        risk(architect, "Ledger throughput below 2,000 TPS at peak", "technical", 3, 4, "liwei",
                "Load test every sprint from sprint 3", "Partition journals by merchant", "p99 above 250 ms in a load test",
                "open");
        risk(pm, "PCI-DSS auditor finds card data outside the vault", "external", 4, 4, "chenjie",
                "Data discovery scan on every release", "Re-tokenise and re-audit the affected service",
                "The scan finds a PAN pattern", "open");
        risk(em, "Kafka operations knowledge concentrated in one person", "resource", 3, 3, "liuyang",
                "Pairing and runbooks for the cluster", null, "Liu Yang on leave for more than a week", "mitigating");
        risk(pm, "Wallet aggregator changes its fees before the pilot", "cost", 2, 3, "schen",
                "Fix the fee in the contract for 24 months", null, null, "open");
        risk(architect, "ISO 20022 mapping for CIPS incomplete", "technical", 2, 2, "liwei",
                "Spike with the bank's sample messages", null, null, "open");
        risk(pm, "Pilot merchants not ready for the new checkout", "schedule", 4, 2, "schen",
                "Merchant webinar and sandbox a month ahead", "Keep the old checkout for late merchants", null, "open");
        risk(em, "Regulator requests a change to strong customer authentication", "external", 1, 5, "zhangmin",
                null, "Frictionless rules can be tightened by configuration", null, "open");
        risk(pm, "Test acquirer host unavailable", "schedule", 5, 1, "pnair", "Use the simulator", null, null,
                "occurred");
    }

    private void risk(Actor actor, String title, String category, int probability, int impact, String owner,
                      String mitigation, String contingency, String trigger, String status) {
        risks.create(actor, PROJECT, new RiskFields(title, category, probability, impact, owner, mitigation, contingency,
                trigger, status, Set.of()));
    }

    /** Debt planned into a buffer sized so that the fever chart shows yellow: consumption ahead of the chain's progress. */
    private void techDebt(Actor pm, Actor em) {
        debt(em, "Hand-written ISO 8583 field parsing", "gateway",
                "The codec parses fields by offset; a library with the acquirer's field spec would remove 600 lines.",
                4, 24, "high", "planned", true);
        debt(em, "Flyway migrations without rollback scripts", "ledger",
                "A failed release needs a manual restore of the ledger schema.", 2, 16, "medium", "planned", true);
        debt(em, "Integration tests share one Kafka topic", "platform",
                "Tests interfere when run in parallel, so CI runs them one at a time.", 3, 12, "medium", "open", false);
        debt(em, "Retry logic copied into three consumers", "ledger",
                "Three slightly different retry policies; one of them retries forever.", 1, 8, "low", "open", false);
        BufferStatus status = debts.buffer(pm, PROJECT);
        // consumed% = consumedDays × 100 / bufferDays; aim at the middle of the yellow band, 0.7 × completed + 20
        double target = 0.7 * status.chainCompletedPercent().doubleValue() + 20;
        BigDecimal bufferDays = status.consumedDays().multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(target), 0, RoundingMode.HALF_UP);
        debts.setBuffer(pm, PROJECT, bufferDays, status.settingsVersion());
    }

    private void debt(Actor actor, String title, String component, String description, int interestHours,
                      int fixHours, String severity, String status, boolean inBuffer) {
        debts.create(actor, PROJECT, new DebtFields(title, component, description, BigDecimal.valueOf(interestHours),
                BigDecimal.valueOf(fixHours), severity, status, inBuffer, Set.of()));
    }

    /** Two features scored at kick-off and again after the spikes, so each has a history. */
    private void scorecards(Actor architect, Actor em, Map<String, ItemView> items) {
        String authorisation = item(items, "Card authorisation API").key();
        String ledger = item(items, "Double-entry ledger core").key();
        scorecards.score(architect, PROJECT, authorisation, new ScoreFields(4, "Well-known problem, team has done it",
                3, "Stateless, but the idempotency store must scale", 4, "Clear contract in OpenAPI", 3,
                "Acquirer behaviour under load unknown"));
        scorecards.score(architect, PROJECT, ledger, new ScoreFields(3, "First double-entry ledger for the team",
                3, "Journal table grows by 40 million rows a year", 4, "Small, strict core", 4,
                "Balances must never drift"));
        scorecards.score(em, PROJECT, authorisation, new ScoreFields(null, null, 4,
                "Load test held 2,500 TPS with the idempotency store in Redis", null, null, 2,
                "Simulator runs matched the acquirer's specification"));
        scorecards.score(architect, PROJECT, ledger, new ScoreFields(4, "Posting service and property tests done",
                null, null, null, null, 3, "Reconciliation spike found no drift in a month of data"));
    }

    private static ItemView item(Map<String, ItemView> items, String title) {
        ItemView item = items.get(title);
        if (item == null) {
            throw new IllegalStateException(PROJECT + " has no item \"" + title + "\" for the governance records");
        }
        return item;
    }

    private static Actor actor(Map<String, PersonSummary> people, String username) {
        PersonSummary person = people.get(username);
        return new Actor(person.id(), person.username(), person.orgRole());
    }
}
