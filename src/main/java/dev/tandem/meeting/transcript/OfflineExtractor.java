package dev.tandem.meeting.transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes minutes with rules and lexicons for English and Chinese, offline. Each sentence of each line is read on
 * its own: a question proposes nothing; a decision cue ("we agreed", "决定") proposes a decision, and a bare
 * confirmation ("Agreed.", "就这么定了") makes the previous line the decision; a commitment ("Bob will…", "I'll…",
 * "王芳负责…", "@李雷 …", "TODO:") proposes an action item with its owner and due date. Precision and recall on the
 * hand-annotated transcripts are in docs/transcripts.md.
 */
public final class OfflineExtractor implements MinutesExtractor {

    private static final int MAX_TOPICS = 5;
    private static final int MAX_TASK_CHARS = 500;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|(?<=[。！？；;])");

    private static final Pattern EN_QUESTION = Pattern.compile(
            "\\?\\s*$|^(?:should|shall|do|does|did|are|is|can|could|would|will(?! do\\b)|have|has|what|why|how|when|who)\\b", FLAGS);
    private static final Pattern ZH_QUESTION = Pattern.compile("[?？]\\s*$|吗[。？?]?$|要不要|是否|是不是|能不能|可不可以|有没有");

    private static final Pattern DECISION = Pattern.compile(
            "\\b(?:we|we've|we have|team|everyone|all)\\s+(?:\\w+\\s+)?(?:decided|agreed|settled|approved)\\b"
                    + "|\\bdecided to\\b|\\bdecision(?: is|:)|\\bagreed (?:to|on|that)\\b|\\blet's go with\\b"
                    + "|\\blet us go with\\b|\\bwe(?:'ll| will| are|'re) going with\\b|\\bwe(?:'ll| will) go with\\b"
                    + "|\\bsettled on\\b|\\bconsensus\\b|\\bit's decided\\b|\\bthat's decided\\b|\\bfinal call\\b"
                    + "|\\bwe(?:'ll| will) stick with\\b|\\bwe(?:'re| are) dropping\\b|\\bapproved\\b"
                    + "|决定|定了|就这么定|就这样定|同意|达成一致|达成共识|一致认为|敲定|拍板|确定(?!一下)|结论是"
                    + "|最终方案|就按|那就用|就用|采用|通过了|批准|不做了|砍掉", FLAGS);
    private static final Pattern NOT_DECIDED = Pattern.compile(
            "\\b(?:not|haven't|hasn't|didn't|don't|can't|couldn't|never|no)\\s+(?:yet\\s+)?(?:decided|agree|agreed|decide|approved|consensus)\\b"
                    + "|\\bdisagree|\\bundecided\\b|\\bno decision\\b|\\bnot sure\\b"
                    + "|不同意|没同意|还没有?决定|未决定|没有决定|待定|再定|不确定|没定|还没定|无法确定|先不定|再决定|没有达成"
                    + "|等.{0,12}(?:定了|决定)|不批准|没批准", FLAGS);
    private static final Pattern CONFIRMATION = Pattern.compile(
            "^(?:(?:ok|okay|yes|yeah|right|great|fine)[,!.]?\\s*)?(?:agreed|deal|decided|done deal|settled|approved"
                    + "|sounds good(?:,? let's do (?:it|that))?|let's do (?:it|that)|that's settled|that's the decision)"
                    + "[.!]*$"
                    + "|^(?:好的?|行|可以|嗯|没问题|那)?[，,]?\\s*(?:我|大家)?(?:都)?(?:同意|就这么定了?|就这样定了?|定了|拍板了|就这么办|那就这么办)吧?[。！!]*$",
            FLAGS);

    private static final Pattern CONFIRMATION_THEN_RESTATEMENT = Pattern.compile(
            "^(?:那|好|好的|行|可以|ok|okay|so)?[，,]?\\s*(?:就这么定了?|就这样定了?|定了|agreed|deal|settled|decided)[，,:：]", FLAGS);
    private static final Pattern MARKER = Pattern.compile(
            "^(?:todo|to-do|action(?: item)?|ai|next step|待办|行动项|后续)\\s*[:：-]\\s*", FLAGS);
    private static final Pattern TODO_ANYWHERE = Pattern.compile("\\bTODO\\b");
    private static final Pattern EN_WILL = Pattern.compile(
            "(?<owner>\\b\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)?|\\bI)"
                    + "(?:\\s+will|'ll|’ll|\\s+is going to|\\s+am going to|\\s+can|\\s+shall)"
                    + "\\s+(?:also\\s+|then\\s+|quickly\\s+)?(?<verb>[a-z]+)");
    private static final Set<String> NOT_TASK_VERBS = Set.of("be", "say", "think", "guess", "see", "probably", "need",
            "let", "tell", "admit", "mention", "agree", "hear", "imagine", "wait", "live", "only", "not", "never",
            "just", "keep", "also", "remember");
    private static final Pattern EN_ASK = Pattern.compile(
            "^(?<owner>\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)?)[,，]\\s*(?:can you|could you|would you|please|you)\\b"
                    + "|(?:can|could|would) you\\b.*,\\s*(?<owner2>\\p{Lu}[\\p{L}'-]*)\\s*\\?\\s*$");
    private static final Pattern EN_TO = Pattern.compile(
            "^(?<owner>\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)?)\\s+(?:to|owns|takes|will own|will take)\\s+\\w+");
    private static final Pattern EN_ASSIGN = Pattern.compile(
            "\\bassign(?:ed|ing)?\\s+(?:it|this|that|the \\w+)?\\s*to\\s+(?<owner>\\p{Lu}[\\p{L}'-]*)");
    private static final Pattern AT_MENTION = Pattern.compile("@(?<owner>[\\p{L}\\p{N}_.-]+)");
    private static final Set<String> NOT_NAMES = Set.of("i", "we", "it", "this", "that", "they", "he", "she", "you",
            "then", "so", "and", "also", "ok", "okay", "maybe", "someone", "somebody", "everyone", "everybody",
            "nobody", "who", "what", "there", "here", "the", "yes", "no", "but", "if", "now", "sure", "great", "right",
            "well", "our", "my", "your", "qa", "ops", "design", "marketing", "legal", "finance", "team", "action",
            "todo", "next", "let's", "let", "cool", "fine", "anyone");

    private static final String ZH_TASK_VERB = "(?:来|会|去|要|负责|跟进|牵头|处理|搞定|完成|整理|准备|提交|修复|修|更新|写|联系|安排"
            + "|确认|出|把|补|做|改|评审|排查|推动|对接|发)";
    private static final Pattern ZH_AFTER_OWNER = Pattern.compile("^\\s*(?:[，,]\\s*你)?\\s*(?:这边|那边)?\\s*(?:今天|明天|下周|本周)?" + ZH_TASK_VERB);
    private static final Pattern ZH_BEFORE_OWNER = Pattern.compile("(?:由|交给|请|让|麻烦|@)\\s*$");
    private static final Pattern ZH_SELF = Pattern.compile("交给我|我(?!们)(?:这边)?\\s*(?:今天|明天|后天|下周.?|本周|这周)?\\s*"
            + "(?:先|再|就|马上)?" + ZH_TASK_VERB);
    private static final Pattern ZH_UNKNOWN_OWNER = Pattern.compile(
            "(?:由|交给|请|让|麻烦)(?:\\p{IsHan}{1,4}的)?(?<owner>\\p{IsHan}{2,3}?)(?:来|负责|跟进|牵头|处理|去|[，,。\\s])");
    /** After "行动项：" or "TODO:", a name usually comes first: "马超补一份时间线". */
    private static final Pattern ZH_MARKED_OWNER = Pattern.compile("^(?<owner>\\p{IsHan}{2,3}?)" + ZH_TASK_VERB);
    private static final Pattern ZH_REQUEST = Pattern.compile("^\\s*[，,]?\\s*(?:你)?(?:能不能|可不可以|能否|可以|方便)");
    private static final Pattern ZH_DONE = Pattern.compile("已经|已完成|完成了|做完了|搞定了|修好了");
    private static final Set<String> ZH_NOT_NAMES = Set.of("大家", "我们", "你们", "他们", "这个", "那个", "有人", "谁来",
            "团队", "各位", "同事", "其他人", "后端", "前端", "测试");

    private static final Set<String> EN_STOP = Set.copyOf(List.of(("about above after again against also although always "
            + "another because been before being below between both can't cannot could couldn't didn't does doesn't "
            + "doing don't down during each either else even ever every few from further going gonna good great "
            + "had hadn't has hasn't have haven't having here here's how however i'll i'm i've into isn't it's "
            + "its itself just know last let's like make many maybe might more most much must need next okay once "
            + "only other ought ours ourselves over own really right same says said shall she should shouldn't "
            + "since some still such sure take than that that's their theirs them themselves then there there's "
            + "these they they'll they're thing things think this those though through today tomorrow under until "
            + "very want wanted was wasn't week weeks well we'll we're we've were weren't what what's when where "
            + "which while will with within without won't would wouldn't yeah year your yours yourself also agree "
            + "agreed decided decide decision action item items todo friday monday tuesday wednesday thursday "
            + "saturday sunday month end yes done sounds thanks thank please could can't okay first second next "
            + "time able going look looks looking back good fine move moving update doing does everyone team "
            + "meeting sync let's anything something nothing everything").split(" ")));
    private static final String ZH_FUNCTION_CHARS = "的了是在我你他她它们这那就也都和与要会把被还有个一不没吧吗呢啊嗯么"
            + "上下来去到说做对很好让给可以能为着过把从而及并或等里中大小多少些天周月年号日前后再先已经下个今明";

    @Override
    public ExtractionResult extract(Transcript transcript, MeetingContext context) {
        return ExtractionResult.offline(propose(transcript, context));
    }

    /** The proposals themselves, for callers that combine them with other sources. */
    public MinutesProposal propose(Transcript transcript, MeetingContext context) {
        var resolver = new OwnerResolver(context.participants());
        List<ProposedDecision> decisions = new ArrayList<>();
        List<ProposedActionItem> actions = new ArrayList<>();
        Set<Integer> decisionLines = new HashSet<>();
        for (TranscriptLine line : transcript.lines()) {
            for (String sentence : sentences(line.text())) {
                actions.addAll(actions(sentence, line, resolver, context));
                if (isQuestion(sentence) || NOT_DECIDED.matcher(sentence).find()) {
                    continue;
                }
                boolean followsDecision = !decisions.isEmpty()
                        && decisions.getLast().lines().contains(line.index() - 1);
                if (CONFIRMATION.matcher(sentence).matches()) {
                    if (followsDecision) {
                        decisions.add(withLine(decisions.removeLast(), line.index()));
                    } else if (line.index() > 1) {
                        TranscriptLine previous = transcript.line(line.index() - 1);
                        decisions.add(new ProposedDecision(previous.text(), List.of(previous.index(), line.index())));
                    }
                    decisionLines.add(line.index());
                } else if (DECISION.matcher(sentence).find()) {
                    if (followsDecision && CONFIRMATION_THEN_RESTATEMENT.matcher(sentence).lookingAt()) {
                        // "那就这么定了，上线推迟到12月15日": the decision just proposed, said again
                        decisions.add(withLine(decisions.removeLast(), line.index()));
                        decisionLines.add(line.index());
                    } else if (decisionLines.add(line.index())) {
                        decisions.add(new ProposedDecision(sentence, List.of(line.index())));
                    }
                }
            }
        }
        return new MinutesProposal(decisions, actions, summary(transcript, context, decisions, actions));
    }

    private static ProposedDecision withLine(ProposedDecision decision, int line) {
        if (decision.lines().contains(line)) {
            return decision;
        }
        List<Integer> lines = new ArrayList<>(decision.lines());
        lines.add(line);
        return new ProposedDecision(decision.text(), lines);
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static boolean isQuestion(String sentence) {
        String s = sentence.strip();
        return EN_QUESTION.matcher(s).find() || ZH_QUESTION.matcher(s).find();
    }

    private List<ProposedActionItem> actions(String sentence, TranscriptLine line, OwnerResolver resolver,
            MeetingContext context) {
        String s = sentence.strip();
        Matcher marker = MARKER.matcher(s);
        boolean marked = marker.lookingAt() || TODO_ANYWHERE.matcher(s).find();
        String body = marker.lookingAt() ? s.substring(marker.end()) : s;
        boolean question = isQuestion(s);
        // "I'll take the login part. Should be done by next Friday.": the date may come in the line's next sentence
        Optional<DueDate> sentenceDue = DueDatePhrases.find(body, context.meetingDate());
        Optional<DueDate> due = sentenceDue.or(() -> DueDatePhrases.find(line.text(), context.meetingDate()));

        Owner owner = null;
        boolean committed = false;

        Matcher at = AT_MENTION.matcher(body);
        if (at.find()) {
            owner = atMention(body.substring(at.start() + 1), resolver);
            committed = true;
        }
        if (owner == null && !question) {
            owner = zhOwner(body, marked, line, resolver);
            committed = owner != null;
        }
        if (owner == null && question) {
            // "杨帆能不能今天把文档更新一下？": a request to a named person
            for (OwnerResolver.Mention m : resolver.mentionsIn(body)) {
                if (ZH_REQUEST.matcher(body.substring(m.end())).lookingAt()) {
                    owner = resolver.resolve(m.text());
                    committed = true;
                    break;
                }
            }
        }
        if (owner == null) {
            Matcher ask = EN_ASK.matcher(body);
            if (ask.find()) {
                String name = ask.group("owner") != null ? ask.group("owner") : ask.group("owner2");
                owner = named(name, line, resolver);
                committed = owner != null;
            }
        }
        if (owner == null && !question) {
            // "Mei will collect the scorecards and I will review them": one item per commitment
            List<Integer> starts = new ArrayList<>();
            List<Owner> owners = new ArrayList<>();
            Matcher will = EN_WILL.matcher(body);
            while (will.find()) {
                Owner o = NOT_TASK_VERBS.contains(will.group("verb").toLowerCase(Locale.ROOT)) ? null
                        : named(will.group("owner"), line, resolver);
                if (o != null) {
                    starts.add(will.start());
                    owners.add(o);
                }
            }
            if (owners.size() > 1) {
                List<ProposedActionItem> items = new ArrayList<>();
                for (int i = 0; i < owners.size(); i++) {
                    String part = body.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : body.length())
                            .strip().replaceAll("(?i)[,;]?\\s*(?:and|then)$", "");
                    var partDue = DueDatePhrases.find(part, context.meetingDate()).or(() -> due);
                    items.add(item(part, owners.get(i), partDue, line));
                }
                return items;
            }
            if (owners.size() == 1) {
                owner = owners.getFirst();
                committed = true;
            }
        }
        if (owner == null && !question) {
            Matcher to = EN_TO.matcher(body);
            Matcher assign = EN_ASSIGN.matcher(body);
            if (to.find() && (marked || sentenceDue.isPresent())) {
                owner = named(to.group("owner"), line, resolver);
            } else if (assign.find()) {
                owner = named(assign.group("owner"), line, resolver);
            }
            committed = owner != null;
        }
        if (!committed && !marked) {
            return List.of();
        }
        return List.of(item(body, owner, due, line));
    }

    private static ProposedActionItem item(String task, Owner owner, Optional<DueDate> due, TranscriptLine line) {
        String text = task.length() > MAX_TASK_CHARS ? task.substring(0, MAX_TASK_CHARS) : task;
        return new ProposedActionItem(text, owner, due.orElse(null), List.of(line.index()));
    }

    /** "@王芳 下周三…", "@alice": a known name the text starts with, else the word. */
    private static Owner atMention(String afterAt, OwnerResolver resolver) {
        List<OwnerResolver.Mention> mentions = resolver.mentionsIn(afterAt);
        if (!mentions.isEmpty() && mentions.getFirst().start() == 0) {
            return resolver.resolve(mentions.getFirst().text());
        }
        Matcher word = Pattern.compile("^[\\p{L}\\p{N}_.-]+").matcher(afterAt);
        word.find();
        String name = word.group();
        if (name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && name.length() > 3) {
            name = name.substring(0, 3);
        }
        return resolver.resolve(name.replaceAll("[.]$", ""));
    }

    /** Chinese commitments: a known name (or 我) followed by a task verb, or 由/交给/请 + name. */
    private static Owner zhOwner(String body, boolean marked, TranscriptLine line, OwnerResolver resolver) {
        if (!body.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                || ZH_DONE.matcher(body).find()) {
            return null;
        }
        for (OwnerResolver.Mention m : resolver.mentionsIn(body)) {
            if (ZH_AFTER_OWNER.matcher(body.substring(m.end())).lookingAt()
                    || ZH_BEFORE_OWNER.matcher(body.substring(0, m.start())).find()) {
                return resolver.resolve(m.text());
            }
        }
        if (ZH_SELF.matcher(body).find()) {
            return speaker(line, resolver);
        }
        Matcher unknown = ZH_UNKNOWN_OWNER.matcher(body);
        boolean found = unknown.find();
        if (!found && marked) {
            unknown = ZH_MARKED_OWNER.matcher(body);
            found = unknown.find();
        }
        if (!found) {
            return null;
        }
        String name = unknown.group("owner");
        return ZH_NOT_NAMES.contains(name) || name.startsWith("我") ? null : resolver.resolve(name);
    }

    /** A name said in English: "I" is the speaker; a known name resolves; other capitalised words stay unresolved. */
    private static Owner named(String said, TranscriptLine line, OwnerResolver resolver) {
        String name = said.strip();
        if (name.equals("I") || name.endsWith(" I")) {
            return speaker(line, resolver);
        }
        List<OwnerResolver.Mention> known = resolver.mentionsIn(name);
        if (!known.isEmpty()) {
            return resolver.resolve(known.getLast().text());
        }
        String[] words = name.split("\\s+");
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (!NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
                kept.add(w);
            }
        }
        if (kept.isEmpty() || kept.size() < words.length && kept.size() > 1) {
            return null;
        }
        return resolver.resolve(String.join(" ", kept));
    }

    private static Owner speaker(TranscriptLine line, OwnerResolver resolver) {
        return line.speaker() == null ? null : resolver.resolve(line.speaker());
    }

    private static ProposedSummary summary(Transcript transcript, MeetingContext context,
            List<ProposedDecision> decisions, List<ProposedActionItem> actions) {
        boolean chinese = isMostlyChinese(transcript);
        List<String> topics = topics(transcript, context);
        Set<Integer> lines = new LinkedHashSet<>();
        decisions.forEach(d -> lines.addAll(d.lines()));
        actions.forEach(a -> lines.addAll(a.lines()));
        StringBuilder text = new StringBuilder();
        if (chinese) {
            text.append("共 ").append(decisions.size()).append(" 项决定、").append(actions.size()).append(" 个行动项。");
            if (!decisions.isEmpty()) {
                text.append("决定：");
                decisions.forEach(d -> text.append(trimEnd(d.text())).append("；"));
                text.setLength(text.length() - 1);
                text.append("。");
            }
            if (!topics.isEmpty()) {
                text.append("主要话题：").append(String.join("、", topics)).append("。");
            }
        } else {
            text.append(decisions.size()).append(decisions.size() == 1 ? " decision, " : " decisions, ")
                    .append(actions.size()).append(actions.size() == 1 ? " action item." : " action items.");
            if (!decisions.isEmpty()) {
                text.append(" Decisions: ");
                decisions.forEach(d -> text.append(trimEnd(d.text())).append("; "));
                text.setLength(text.length() - 2);
                text.append('.');
            }
            if (!topics.isEmpty()) {
                text.append(" Main topics: ").append(String.join(", ", topics)).append('.');
            }
        }
        List<Integer> sorted = lines.stream().sorted().toList();
        return new ProposedSummary(text.toString(), topics, sorted);
    }

    private static String trimEnd(String s) {
        return s.strip().replaceAll("[.。!！;；]+$", "");
    }

    static boolean isMostlyChinese(Transcript transcript) {
        long han = 0;
        long letters = 0;
        for (TranscriptLine line : transcript.lines()) {
            for (int c : line.text().codePoints().toArray()) {
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                } else if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        // one Han character carries about as much as a short English word
        return han * 4 > letters;
    }

    /** Words (English) and two-character terms (Chinese) said on the most lines, names left out. */
    static List<String> topics(Transcript transcript, MeetingContext context) {
        Set<String> names = new HashSet<>();
        for (Participant p : context.participants()) {
            names.add(OwnerResolver.normalize(p.username()));
            for (String n : (p.displayName() + " " + String.join(" ", p.aliases())).split("\\s+")) {
                names.add(OwnerResolver.normalize(n));
            }
        }
        for (TranscriptLine line : transcript.lines()) {
            if (line.speaker() != null) {
                for (String n : line.speaker().split("\\s+")) {
                    names.add(OwnerResolver.normalize(n));
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        Pattern word = Pattern.compile("[a-z][a-z'-]{3,}");
        for (TranscriptLine line : transcript.lines()) {
            Set<String> terms = new HashSet<>();
            Matcher m = word.matcher(line.text().toLowerCase(Locale.ROOT));
            while (m.find()) {
                String w = m.group();
                if (!EN_STOP.contains(w) && !names.contains(w)) {
                    terms.add(w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
                }
            }
            String text = line.text();
            for (int i = 0; i + 1 < text.length(); i++) {
                char a = text.charAt(i);
                char b = text.charAt(i + 1);
                if (isHan(a) && isHan(b) && ZH_FUNCTION_CHARS.indexOf(a) < 0 && ZH_FUNCTION_CHARS.indexOf(b) < 0) {
                    String term = "" + a + b;
                    if (names.stream().noneMatch(n -> n.contains(term))) {
                        terms.add(term);
                    }
                }
            }
            for (String t : terms) {
                counts.merge(t, 1, Integer::sum);
                firstSeen.putIfAbsent(t, line.index());
            }
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(e -> firstSeen.get(e.getKey())))
                .limit(MAX_TOPICS)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
