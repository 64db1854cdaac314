package dev.tandem.meeting.transcript;

import java.time.DayOfWeek;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads due dates from English and Chinese phrases, relative to the meeting date. No library reads Chinese date
 * phrases (natty and prettytime-nlp are English-only and unmaintained), so these are rules, each with a test.
 * <p>
 * Conventions: a bare weekday ("by Friday", "周五前") is the next such day after the meeting; "next Wednesday" and
 * "下周三" are the Wednesday of the following week (Monday-based); "this Friday" and "本周五" are in the meeting's
 * week; "end of the week" / "本周内" is that week's Friday; "next week" / "下周" is the Friday of the following week;
 * "end of the month" / "月底" is the month's last day; a day of a month without a year ("Dec 5", "12月5日") is the
 * next such date on or after the meeting. When a sentence holds several phrases, the first one counts.
 */
public final class DueDatePhrases {

    private record Rule(Pattern pattern, BiFunction<Matcher, LocalDate, LocalDate> date) {
    }

    private static final Map<String, DayOfWeek> EN_DAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
            DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday",
            DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final String EN_DAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String ZH_DAY = "(?:周|星期|礼拜)([一二三四五六日天1-7])";
    private static final String EN_NUMBER = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|a couple of|couple of)";
    private static final String ZH_NUMBER = "(\\d{1,3}|[一二两三四五六七八九十]{1,3})";
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
        "dec"};
    private static final String EN_MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    private static final List<Rule> RULES = List.of(
            // absolute dates
            rule("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b",
                    (m, ref) -> LocalDate.of(num(m, 1), num(m, 2), num(m, 3))),
            rule("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]",
                    (m, ref) -> LocalDate.of(num(m, 1), num(m, 2), num(m, 3))),
            rule(ZH_NUMBER + "\\s*月\\s*" + ZH_NUMBER + "\\s*[日号]",
                    (m, ref) -> dayOfMonth(ref, zhNumber(m.group(1)), zhNumber(m.group(2)))),
            rule("\\b" + EN_MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:,\\s*)?\\d{3})",
                    (m, ref) -> dayOfMonth(ref, month(m.group(1)), num(m, 2))),
            rule("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + EN_MONTH + "(?![a-z])",
                    (m, ref) -> dayOfMonth(ref, month(m.group(2)), num(m, 1))),
            // days
            rule("\\b(?:today|tonight|end of (?:the )?day|eod)\\b", (m, ref) -> ref),
            rule("\\b(?:the )?day after tomorrow\\b", (m, ref) -> ref.plusDays(2)),
            rule("\\btomorrow\\b", (m, ref) -> ref.plusDays(1)),
            rule("大后天", (m, ref) -> ref.plusDays(3)),
            rule("后天", (m, ref) -> ref.plusDays(2)),
            rule("今天下班前|今天|今日|今晚", (m, ref) -> ref),
            rule("明天|明日|明早|明晚", (m, ref) -> ref.plusDays(1)),
            // weekdays
            rule("\\bnext\\s+" + EN_DAY + "\\b", (m, ref) -> inWeek(ref, 1, EN_DAYS.get(lower(m.group(1))))),
            rule("\\bthis\\s+" + EN_DAY + "\\b", (m, ref) -> inWeek(ref, 0, EN_DAYS.get(lower(m.group(1))))),
            rule("\\b" + EN_DAY + "\\b", (m, ref) -> after(ref, EN_DAYS.get(lower(m.group(1))))),
            rule("下下(?:个)?" + ZH_DAY, (m, ref) -> inWeek(ref, 2, zhDay(m.group(1)))),
            rule("下(?:个)?" + ZH_DAY, (m, ref) -> inWeek(ref, 1, zhDay(m.group(1)))),
            rule("(?:本|这|这个)" + ZH_DAY, (m, ref) -> inWeek(ref, 0, zhDay(m.group(1)))),
            rule(ZH_DAY, (m, ref) -> after(ref, zhDay(m.group(1)))),
            // weeks
            rule("\\b(?:(?:by |at )?the )?end of (?:the |this )?week\\b|\\beow\\b|\\bthis week\\b",
                    (m, ref) -> inWeek(ref, 0, DayOfWeek.FRIDAY)),
            rule("\\bend of next week\\b|\\bnext week\\b", (m, ref) -> inWeek(ref, 1, DayOfWeek.FRIDAY)),
            rule("(?:本|这)(?:个)?(?:周|星期|礼拜)(?:内|末前|结束前|之内)?", (m, ref) -> inWeek(ref, 0, DayOfWeek.FRIDAY)),
            rule("下(?:个)?(?:周|星期|礼拜)", (m, ref) -> inWeek(ref, 1, DayOfWeek.FRIDAY)),
            // months, quarters, years
            rule("\\bend of next month\\b", (m, ref) -> ref.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth())),
            rule("\\b(?:(?:the )?end of (?:the |this )?month|month[- ]end|eom)\\b",
                    (m, ref) -> ref.with(TemporalAdjusters.lastDayOfMonth())),
            rule("\\bend of (?:the |this )?quarter\\b", (m, ref) -> endOfQuarter(ref)),
            rule("\\bend of (?:the |this )?year\\b", (m, ref) -> ref.with(TemporalAdjusters.lastDayOfYear())),
            rule("下(?:个)?月(?:底|末)", (m, ref) -> ref.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth())),
            rule("(?:本|这个?)?月(?:底|末)", (m, ref) -> ref.with(TemporalAdjusters.lastDayOfMonth())),
            rule("(?:本|这个?)?季度(?:末|底)", (m, ref) -> endOfQuarter(ref)),
            rule("(?:今|本)?年(?:底|末)", (m, ref) -> ref.with(TemporalAdjusters.lastDayOfYear())),
            // spans
            rule("\\b(?:in|within)\\s+(?:the next\\s+)?" + EN_NUMBER + "\\s+(day|week|month)s?\\b",
                    (m, ref) -> span(ref, enNumber(m.group(1)), m.group(2))),
            rule(ZH_NUMBER + "\\s*(?:个)?\\s*(天|日|周|星期|礼拜|月)(?:内|之内|以内|后|之后)",
                    (m, ref) -> span(ref, zhNumber(m.group(1)), m.group(2))));

    /** Something every rule needs: a digit, a day, week, month or year word, a month name, or a date character. */
    private static final Pattern TRIGGER = Pattern.compile(
            "\\d|to(?:day|night|morrow)|eod|eow|eom|day|week|month|quarter|year"
                    + "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|[今明后天日周星期礼拜月年号季]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern START = Pattern.compile("(?:\\bfrom|\\bstarting|\\bsince|从|自)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private DueDatePhrases() {
    }

    /** The first due-date phrase in a text, resolved against the meeting date. */
    public static Optional<DueDate> find(String text, LocalDate meetingDate) {
        if (!TRIGGER.matcher(text).find()) {
            return Optional.empty(); // most sentences name no date: skip the rules
        }
        DueDate best = null;
        int bestStart = Integer.MAX_VALUE;
        int bestLength = 0;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (START.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                    continue; // "from Monday", "从下周一开始": when work starts, not when it is due
                }
                LocalDate date;
                try {
                    date = rule.date().apply(m, meetingDate);
                } catch (DateTimeException | IllegalArgumentException e) {
                    continue; // "2月30日", "Feb 31": not a date
                }
                int length = m.end() - m.start();
                if (m.start() < bestStart || m.start() == bestStart && length > bestLength) {
                    best = new DueDate(date, m.group().strip());
                    bestStart = m.start();
                    bestLength = length;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Rule rule(String regex, BiFunction<Matcher, LocalDate, LocalDate> date) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), date);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static int month(String name) {
        String prefix = lower(name).substring(0, 3);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(prefix)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** The given month and day on or after the reference date (so "Jan 10" said in December is next year). */
    private static LocalDate dayOfMonth(LocalDate ref, int month, int day) {
        LocalDate date = LocalDate.of(ref.getYear(), month, day);
        return date.isBefore(ref) ? LocalDate.of(ref.getYear() + 1, month, day) : date;
    }

    private static LocalDate after(LocalDate ref, DayOfWeek day) {
        return ref.with(TemporalAdjusters.next(day));
    }

    private static LocalDate inWeek(LocalDate ref, int weeksAhead, DayOfWeek day) {
        return ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeksAhead)
                .plusDays(day.getValue() - 1L);
    }

    private static LocalDate endOfQuarter(LocalDate ref) {
        int lastMonth = ((ref.getMonthValue() - 1) / 3 + 1) * 3;
        return ref.withMonth(lastMonth).with(TemporalAdjusters.lastDayOfMonth());
    }

    private static LocalDate span(LocalDate ref, int n, String unit) {
        return switch (lower(unit)) {
            case "day", "天", "日" -> ref.plusDays(n);
            case "week", "周", "星期", "礼拜" -> ref.plusWeeks(n);
            default -> ref.plusMonths(n);
        };
    }

    private static DayOfWeek zhDay(String c) {
        return switch (c) {
            case "一", "1" -> DayOfWeek.MONDAY;
            case "二", "2" -> DayOfWeek.TUESDAY;
            case "三", "3" -> DayOfWeek.WEDNESDAY;
            case "四", "4" -> DayOfWeek.THURSDAY;
            case "五", "5" -> DayOfWeek.FRIDAY;
            case "六", "6" -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }

    private static int enNumber(String word) {
        return switch (lower(word)) {
            case "a", "an", "one" -> 1;
            case "two", "a couple of", "couple of" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            default -> Integer.parseInt(word);
        };
    }

    /** Chinese numerals up to 99: 两, 十, 十二, 二十, 二十五. */
    static int zhNumber(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        String digits = "零一二三四五六七八九";
        int tens = text.indexOf('十');
        if (tens < 0) {
            return text.equals("两") ? 2 : digits.indexOf(text.charAt(0));
        }
        int high = tens == 0 ? 1 : digit(text.charAt(0), digits);
        int low = tens == text.length() - 1 ? 0 : digit(text.charAt(tens + 1), digits);
        return high * 10 + low;
    }

    private static int digit(char c, String digits) {
        return c == '两' ? 2 : digits.indexOf(c);
    }
}
