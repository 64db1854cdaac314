package dev.tandem.meeting.transcript;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineExtractorTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final List<Participant> PEOPLE = List.of(
            new Participant("alice", "Alice Chen"), new Participant("bob", "Bob Martin"),
            new Participant("bob.w", "Bob Wu"), new Participant("wangfang", "王芳", List.of("Fang Wang")),
            new Participant("lilei", "李雷"));

    private static MinutesProposal propose(String transcript) {
        return new OfflineExtractor().propose(TranscriptParser.parse(transcript.getBytes(StandardCharsets.UTF_8)),
                new MeetingContext(MONDAY, PEOPLE));
    }

    @Test
    void questionsAndOpenPointsProposeNothing() {
        MinutesProposal p = propose("""
                Alice Chen: Should we move the beta date?
                王芳：上线日期要不要推迟？
                Bob Martin: We have not decided on the vendor yet.
                李雷：我不同意这个方案。
                王芳：这个等评审结束再决定。
                """);
        assertThat(p.decisions()).isEmpty();
        assertThat(p.actionItems()).isEmpty();
    }

    @Test
    void aBareConfirmationMakesThePreviousLineTheDecision() {
        MinutesProposal p = propose("""
                Alice Chen: Keep the date and drop the refund screen from the beta.
                Bob Martin: Agreed.
                王芳：上线推迟到12月15日。
                李雷：同意。
                王芳：那就这么定了，上线推迟到12月15日。
                """);
        assertThat(p.decisions()).containsExactly(
                new ProposedDecision("Keep the date and drop the refund screen from the beta.", List.of(1, 2)),
                new ProposedDecision("上线推迟到12月15日。", List.of(3, 4, 5)));
    }

    @Test
    void commitmentsBecomeActionItemsWithOwnerAndDueDate() {
        MinutesProposal p = propose("""
                Bob Martin: I'll finish the retry logic by Wednesday.
                Alice Chen: Fang will update the test plan, by Friday.
                李雷：回调重试我来做，下周三之前完成。
                王芳：@李雷 月底前把用户手册更新一下。
                """);
        assertThat(p.actionItems()).extracting(a -> a.owner().username(), a -> a.due().date(), ProposedActionItem::lines)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bob", LocalDate.of(2026, 12, 2), List.of(1)),
                        org.assertj.core.groups.Tuple.tuple("wangfang", LocalDate.of(2026, 12, 4), List.of(2)),
                        org.assertj.core.groups.Tuple.tuple("lilei", LocalDate.of(2026, 12, 9), List.of(3)),
                        org.assertj.core.groups.Tuple.tuple("lilei", LocalDate.of(2026, 11, 30), List.of(4)));
    }

    @Test
    void anUnknownOrAmbiguousOwnerIsKeptAndFlagged() {
        MinutesProposal p = propose("""
                Alice Chen: Dave will call the vendor tomorrow.
                Alice Chen: Bob will send the deck.
                王芳：测试环境的问题由赵强负责跟进。
                """);
        assertThat(p.actionItems()).extracting(ProposedActionItem::owner).containsExactly(
                new Owner("Dave", null, Owner.Status.UNKNOWN),
                new Owner("Bob", null, Owner.Status.AMBIGUOUS),
                new Owner("赵强", null, Owner.Status.UNKNOWN));
        assertThat(p.actionItems()).allMatch(ProposedActionItem::ownerNeedsAttention);
    }

    @Test
    void twoCommitmentsInOneSentenceAreTwoItemsAndAMarkerWithoutOwnerIsOne() {
        MinutesProposal p = propose("""
                Alice Chen: Right. Fang will collect the scorecards and I will review them by Friday.
                Bob Martin: TODO: triage the flaky tests.
                """);
        assertThat(p.actionItems()).containsExactly(
                new ProposedActionItem("Fang will collect the scorecards",
                        new Owner("Fang", "wangfang", Owner.Status.RESOLVED),
                        new DueDate(LocalDate.of(2026, 12, 4), "Friday"), List.of(1)),
                new ProposedActionItem("I will review them by Friday.",
                        new Owner("Alice Chen", "alice", Owner.Status.RESOLVED),
                        new DueDate(LocalDate.of(2026, 12, 4), "Friday"), List.of(1)),
                new ProposedActionItem("triage the flaky tests.", null, null, List.of(2)));
    }

    @Test
    void theSummaryCountsNamesTheDecisionsAndTopicsInTheTranscriptsLanguage() {
        MinutesProposal en = propose("""
                Alice Chen: The dashboard export is slow.
                Bob Martin: The export times out on big projects, the dashboard too.
                Alice Chen: We decided to cache the export.
                Bob Martin: I'll add the cache by Friday.
                """);
        assertThat(en.summary().topics()).startsWith("export", "dashboard");
        assertThat(en.summary().text()).isEqualTo("1 decision, 1 action item. Decisions: We decided to cache the "
                + "export. Main topics: export, dashboard, cache.");
        assertThat(en.summary().lines()).containsExactly(3, 4);

        MinutesProposal zh = propose("""
                王芳：支付接口的回调还不稳定。
                李雷：回调失败以后支付状态不对。
                王芳：决定先加重试。
                """);
        assertThat(zh.summary().text()).isEqualTo("共 1 项决定、0 个行动项。决定：决定先加重试。主要话题：支付、回调。");
    }
}
