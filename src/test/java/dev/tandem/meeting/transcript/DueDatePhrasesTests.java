package dev.tandem.meeting.transcript;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every phrase against Monday 30 November 2026 (Friday is 4 December; the next week starts on 7 December). */
class DueDatePhrasesTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I'll do it today                          | 2026-11-30 | today
            send it by end of day                     | 2026-11-30 | end of day
            Bob will fix it tomorrow                  | 2026-12-01 | tomorrow
            the day after tomorrow works              | 2026-12-02 | the day after tomorrow
            by Friday                                 | 2026-12-04 | Friday
            on wednesday please                       | 2026-12-02 | wednesday
            by Monday                                 | 2026-12-07 | Monday
            before next Wednesday                     | 2026-12-09 | next Wednesday
            next Monday                               | 2026-12-07 | next Monday
            this Thursday                             | 2026-12-03 | this Thursday
            by the end of the week                    | 2026-12-04 | by the end of the week
            sometime next week                        | 2026-12-11 | next week
            by the end of the month                   | 2026-11-30 | the end of the month
            end of next month                         | 2026-12-31 | end of next month
            end of the quarter                        | 2026-12-31 | end of the quarter
            in two weeks                              | 2026-12-14 | in two weeks
            within 3 days                             | 2026-12-03 | within 3 days
            in a week                                 | 2026-12-07 | in a week
            in a couple of days                       | 2026-12-02 | in a couple of days
            ship on 2026-12-18                        | 2026-12-18 | 2026-12-18
            by Dec 5                                  | 2026-12-05 | Dec 5
            by December 10th                          | 2026-12-10 | December 10th
            the 3rd of January                        | 2027-01-03 | 3rd of January
            Jan 10 next year                          | 2027-01-10 | Jan 10
            """)
    void english(String text, LocalDate expected, String phrase) {
        assertThat(DueDatePhrases.find(text, MONDAY)).hasValue(new DueDate(expected, phrase));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            今天下班前发出来         | 2026-11-30 | 今天下班前
            明天给结论              | 2026-12-01 | 明天
            后天上线                | 2026-12-02 | 后天
            大后天                  | 2026-12-03 | 大后天
            周五前完成              | 2026-12-04 | 周五
            星期三之前              | 2026-12-02 | 星期三
            下周三之前完成           | 2026-12-09 | 下周三
            下个星期一              | 2026-12-07 | 下个星期一
            下下周二                | 2026-12-15 | 下下周二
            本周四                  | 2026-12-03 | 本周四
            这周内搞定              | 2026-12-04 | 这周内
            下周给方案              | 2026-12-11 | 下周
            月底前                  | 2026-11-30 | 月底
            下个月底                | 2026-12-31 | 下个月底
            季度末                  | 2026-12-31 | 季度末
            年底之前                | 2026-12-31 | 年底
            两周内                  | 2026-12-14 | 两周内
            三天之内                | 2026-12-03 | 三天之内
            10天内                 | 2026-12-10 | 10天内
            一个月内                | 2026-12-30 | 一个月内
            12月5日                 | 2026-12-05 | 12月5日
            12月5号前               | 2026-12-05 | 12月5号
            一月十五日之前           | 2027-01-15 | 一月十五日
            2027年3月1日            | 2027-03-01 | 2027年3月1日
            """)
    void chinese(String text, LocalDate expected, String phrase) {
        assertThat(DueDatePhrases.find(text, MONDAY)).hasValue(new DueDate(expected, phrase));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            we talked about the vendor
            the API is two days behind
            2月30日
            Feb 31
            可能要调整
            """)
    void noDate(String text) {
        assertThat(DueDatePhrases.find(text, MONDAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            by Friday, or next Wednesday at the latest | 2026-12-04
            下周三之前，最晚周五                        | 2026-12-09
            """)
    void theFirstPhraseCounts(String text, LocalDate expected) {
        assertThat(DueDatePhrases.find(text, MONDAY)).get().extracting(DueDate::date).isEqualTo(expected);
    }

    @ParameterizedTest(name = "by Friday said on {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-03 | 2026-12-04
            2026-12-04 | 2026-12-11
            2026-12-05 | 2026-12-11
            """)
    void aBareWeekdayIsTheNextSuchDayAfterTheMeeting(LocalDate meeting, LocalDate expected) {
        assertThat(DueDatePhrases.find("by Friday", meeting)).get().extracting(DueDate::date).isEqualTo(expected);
        assertThat(DueDatePhrases.find("周五前", meeting)).get().extracting(DueDate::date).isEqualTo(expected);
    }
}
