package dev.tandem.meeting.transcript;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads WebVTT, SRT and {@code Speaker: text} transcripts from UTF-8 bytes (with or without a byte order mark).
 * The format is recognised from the first non-blank line. Every problem is a {@link TranscriptFormatException} naming
 * the line and what was expected there.
 */
public final class TranscriptParser {

    /** Largest transcript accepted, in bytes (a two-hour meeting is about 150 KB). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Most lines in the file. */
    public static final int MAX_FILE_LINES = 50_000;
    /** Longest line of the file, in characters. */
    public static final int MAX_LINE_CHARS = 10_000;
    /** Longest speaker name. */
    public static final int MAX_SPEAKER_CHARS = 60;

    private static final String TIMING_VTT = "a cue timing such as '00:01:02.500 --> 00:01:05.000'";
    private static final String TIMING_SRT = "a cue timing such as '00:01:02,500 --> 00:01:05,000'";
    private static final String ANY_FORMAT = "a WebVTT header 'WEBVTT', an SRT cue number, or a 'Speaker: text' line";

    private static final Pattern TIMESTAMP = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})[.,](\\d{1,3})");
    private static final Pattern TIMING = Pattern.compile(
            "^\\s*(" + TIMESTAMP.pattern() + ")\\s*-->\\s*(" + TIMESTAMP.pattern() + ")(?:\\s+.*)?$");
    private static final Pattern SPEAKER_LINE = Pattern.compile(
            "^(?:\\[?((?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?)\\]?\\s+)?"
                    + "([\\p{L}@][\\p{L}\\p{M}\\p{N} ._'·-]{0," + (MAX_SPEAKER_CHARS - 1) + "}?)\\s*[:：]\\s*(.*)$");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^ \\t>]+)*[ \\t]+([^>]+)>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private static final Set<String> MARKERS = Set.of("action", "action item", "action items",
            "todo", "to do", "to-do", "decision", "decisions", "agreed", "note", "notes", "next steps", "ai",
            "决定", "决议", "结论", "待办", "行动项", "备注", "共识");

    private TranscriptParser() {
    }

    /** Parses a transcript, recognising its format. */
    public static Transcript parse(byte[] bytes) {
        List<String> lines = decode(bytes);
        int first = firstNonBlank(lines);
        if (first < 0) {
            throw new TranscriptFormatException(1, ANY_FORMAT + " (the transcript is empty)");
        }
        String head = lines.get(first).strip();
        if (head.equals("WEBVTT") || head.startsWith("WEBVTT ") || head.startsWith("WEBVTT\t")) {
            return parseWebVtt(lines, first);
        }
        if (head.matches("\\d{1,6}") && first + 1 < lines.size() && TIMING.matcher(lines.get(first + 1)).matches()) {
            return parseSrt(lines, first);
        }
        if (SPEAKER_LINE.matcher(head).matches()) {
            return parseSpeakerLines(lines, first);
        }
        throw new TranscriptFormatException(first + 1, ANY_FORMAT);
    }

    /** Parses bytes that must be in the given format. */
    public static Transcript parse(byte[] bytes, TranscriptFormat format) {
        List<String> lines = decode(bytes);
        int first = firstNonBlank(lines);
        if (first < 0) {
            throw new TranscriptFormatException(1, "a transcript (the file is empty)");
        }
        return switch (format) {
            case WEBVTT -> {
                if (!lines.get(first).strip().startsWith("WEBVTT")) {
                    throw new TranscriptFormatException(first + 1, "the WebVTT header 'WEBVTT'");
                }
                yield parseWebVtt(lines, first);
            }
            case SRT -> parseSrt(lines, first);
            case SPEAKER_LINES -> parseSpeakerLines(lines, first);
            case SPEECH_TO_TEXT -> throw new IllegalArgumentException("speech-to-text segments are not parsed from text");
        };
    }

    /** UTF-8 only; each line decoded on its own so an invalid byte is reported with its line. */
    static List<String> decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new TranscriptFormatException(0, "a transcript of at most " + MAX_BYTES / 1024 + " KB");
        }
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw new TranscriptFormatException(1, "UTF-8 text (this file is UTF-16)");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        int start = offset;
        for (int i = offset; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (lines.size() == MAX_FILE_LINES) {
                    throw new TranscriptFormatException(lines.size() + 1,
                            "the end of the transcript (at most " + MAX_FILE_LINES + " lines)");
                }
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                String line;
                try {
                    line = decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
                } catch (CharacterCodingException e) {
                    throw new TranscriptFormatException(lines.size() + 1, "UTF-8 text (this line has invalid bytes)");
                }
                if (line.indexOf('\u0000') >= 0) {
                    throw new TranscriptFormatException(lines.size() + 1, "text (this line has a NUL character)");
                }
                if (line.length() > MAX_LINE_CHARS) {
                    throw new TranscriptFormatException(lines.size() + 1,
                            "a line of at most " + MAX_LINE_CHARS + " characters");
                }
                lines.add(line);
                start = i + 1;
            }
        }
        return lines;
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static Transcript parseWebVtt(List<String> lines, int header) {
        List<TranscriptLine> cues = new ArrayList<>();
        int i = header + 1;
        // the header block may carry metadata lines up to the first blank line
        while (i < lines.size() && !lines.get(i).isBlank()) {
            if (lines.get(i).contains("-->")) {
                throw new TranscriptFormatException(i + 1, "a blank line between the WEBVTT header and the first cue");
            }
            i++;
        }
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            int blockStart = i;
            int blockEnd = i;
            while (blockEnd < lines.size() && !lines.get(blockEnd).isBlank()) {
                blockEnd++;
            }
            String first = lines.get(blockStart).strip();
            if (first.equals("NOTE") || first.startsWith("NOTE ") || first.startsWith("NOTE\t")
                    || first.equals("STYLE") || first.equals("REGION")) {
                i = blockEnd;
                continue;
            }
            int timingLine = TIMING.matcher(lines.get(blockStart)).matches() ? blockStart : blockStart + 1;
            if (timingLine >= blockEnd) {
                throw new TranscriptFormatException(timingLine + 1, TIMING_VTT);
            }
            Matcher timing = TIMING.matcher(lines.get(timingLine));
            if (!timing.matches()) {
                throw new TranscriptFormatException(timingLine + 1, TIMING_VTT);
            }
            String payload = String.join(" ", lines.subList(timingLine + 1, blockEnd)).strip();
            String speaker = null;
            Matcher voice = VOICE.matcher(payload);
            if (voice.find()) {
                speaker = voice.group(1).strip();
            }
            String text = unescape(TAG.matcher(payload).replaceAll("")).strip();
            addCue(cues, times(timing, timingLine), speaker, text);
            i = blockEnd;
        }
        return new Transcript(TranscriptFormat.WEBVTT, cues);
    }

    private static Transcript parseSrt(List<String> lines, int first) {
        List<TranscriptLine> cues = new ArrayList<>();
        int i = first;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            if (!lines.get(i).strip().matches("\\d{1,6}")) {
                throw new TranscriptFormatException(i + 1, "an SRT cue number");
            }
            if (i + 1 >= lines.size()) {
                throw new TranscriptFormatException(i + 2, TIMING_SRT);
            }
            Matcher timing = TIMING.matcher(lines.get(i + 1));
            if (!timing.matches()) {
                throw new TranscriptFormatException(i + 2, TIMING_SRT);
            }
            int end = i + 2;
            while (end < lines.size() && !lines.get(end).isBlank()) {
                end++;
            }
            String payload = TAG.matcher(String.join(" ", lines.subList(i + 2, end))).replaceAll("").strip();
            addCue(cues, times(timing, i + 1), null, payload);
            i = end;
        }
        return new Transcript(TranscriptFormat.SRT, cues);
    }

    private static Transcript parseSpeakerLines(List<String> lines, int first) {
        List<TranscriptLine> out = new ArrayList<>();
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = SPEAKER_LINE.matcher(line);
            if (m.matches() && !out.isEmpty() && isMarker(m.group(2))) {
                out.add(new TranscriptLine(out.size() + 1, null, null, out.getLast().speaker(), line));
            } else if (m.matches() && !m.group(3).isBlank()) {
                Duration at = m.group(1) == null ? null : parseClock(m.group(1));
                out.add(new TranscriptLine(out.size() + 1, at, null, m.group(2).strip(), m.group(3).strip()));
            } else if (m.matches()) {
                throw new TranscriptFormatException(i + 1, "text after '" + m.group(2).strip() + ":'");
            } else {
                // a line without a speaker continues the previous speaker's turn
                TranscriptLine previous = out.getLast();
                out.add(new TranscriptLine(out.size() + 1, null, null, previous.speaker(), line));
            }
        }
        return new Transcript(TranscriptFormat.SPEAKER_LINES, out);
    }

    /** A cue's text may start with {@code Name:}, the usual way SRT files and captioners mark the speaker. */
    private static void addCue(List<TranscriptLine> cues, Duration[] times, String speaker, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (speaker == null) {
            Matcher m = SPEAKER_LINE.matcher(text);
            if (m.matches() && m.group(1) == null && !m.group(3).isBlank() && m.group(2).length() <= 30
                    && !isMarker(m.group(2))) {
                speaker = m.group(2).strip();
                text = m.group(3).strip();
            }
        }
        cues.add(new TranscriptLine(cues.size() + 1, times[0], times[1], speaker, text));
    }

    private static Duration[] times(Matcher timing, int lineIndex) {
        Duration start = timestamp(timing.group(1));
        Duration end = timestamp(timing.group(6));
        if (end.compareTo(start) < 0) {
            throw new TranscriptFormatException(lineIndex + 1, "a cue that ends after it starts");
        }
        return new Duration[] {start, end};
    }

    private static Duration timestamp(String text) {
        Matcher m = TIMESTAMP.matcher(text);
        if (!m.matches()) {
            throw new IllegalStateException(text);
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        String fraction = (m.group(4) + "00").substring(0, 3);
        return Duration.ofHours(hours).plusMinutes(Long.parseLong(m.group(2)))
                .plusSeconds(Long.parseLong(m.group(3))).plusMillis(Long.parseLong(fraction));
    }

    private static Duration parseClock(String text) {
        String[] parts = text.replace(',', '.').split(":");
        double seconds = Double.parseDouble(parts[parts.length - 1]);
        long minutes = Long.parseLong(parts[parts.length - 2]);
        long hours = parts.length == 3 ? Long.parseLong(parts[0]) : 0;
        return Duration.ofHours(hours).plusMinutes(minutes).plusMillis(Math.round(seconds * 1000));
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")
                .replace("&lrm;", "").replace("&rlm;", "").replace("&amp;", "&");
    }

    /** Markers that look like {@code Speaker:} but open a decision or a to-do; they are kept in the text. */
    private static boolean isMarker(String speaker) {
        return MARKERS.contains(speaker.strip().toLowerCase(Locale.ROOT));
    }
}
