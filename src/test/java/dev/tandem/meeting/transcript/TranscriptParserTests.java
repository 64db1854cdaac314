package dev.tandem.meeting.transcript;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TranscriptParserTests {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsWebVttWithVoicesNotesIdentifiersAndTags() {
        Transcript t = TranscriptParser.parse(utf8("""
                WEBVTT - weekly sync
                Kind: captions

                NOTE recorded by the room system
                it spans two lines

                intro
                00:01.000 --> 00:04.500 align:start
                <v.loud Alice Chen>We <b>decided</b> to ship &amp; tag on Friday.</v>

                01:00:02.000 --> 01:00:03.250
                <v 王芳>同意。

                00:00:05.000 --> 00:00:07.000
                no voice, <c.yellow>two</c>
                lines here
                """));

        assertThat(t.format()).isEqualTo(TranscriptFormat.WEBVTT);
        assertThat(t.lines()).containsExactly(
                new TranscriptLine(1, Duration.ofMillis(1000), Duration.ofMillis(4500), "Alice Chen",
                        "We decided to ship & tag on Friday."),
                new TranscriptLine(2, Duration.ofHours(1).plusSeconds(2), Duration.ofHours(1).plusMillis(3250), "王芳",
                        "同意。"),
                new TranscriptLine(3, Duration.ofSeconds(5), Duration.ofSeconds(7), null, "no voice, two lines here"));
    }

    @Test
    void readsSrtWithSpeakerPrefixesCrlfAndByteOrderMark() {
        byte[] body = utf8("1\r\n00:00:01,000 --> 00:00:02,500\r\nBob: I'll fix it\r\nby Friday.\r\n\r\n"
                + "2\r\n00:00:03,000 --> 00:00:04,000\r\n李雷：我来做。\r\n\r\n"
                + "3\r\n00:00:05,000 --> 00:00:06,000\r\nAction: Bob to send notes\r\n");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        Transcript t = TranscriptParser.parse(withBom);

        assertThat(t.format()).isEqualTo(TranscriptFormat.SRT);
        assertThat(t.lines()).containsExactly(
                new TranscriptLine(1, Duration.ofSeconds(1), Duration.ofMillis(2500), "Bob", "I'll fix it by Friday."),
                new TranscriptLine(2, Duration.ofSeconds(3), Duration.ofSeconds(4), "李雷", "我来做。"),
                // "Action:" marks an action item, it is not a speaker
                new TranscriptLine(3, Duration.ofSeconds(5), Duration.ofSeconds(6), null, "Action: Bob to send notes"));
    }

    @Test
    void readsSpeakerLinesWithFullWidthColonsTimesAndContinuations() {
        Transcript t = TranscriptParser.parse(utf8("""
                王芳：我们先过一下里程碑。

                [00:01:20] Li Lei: The API is done.
                and the callbacks are next.
                01:02 Bob: ok
                Bob: TODO: write it down
                TODO: Bob sends the deck
                """));

        assertThat(t.format()).isEqualTo(TranscriptFormat.SPEAKER_LINES);
        assertThat(t.lines()).containsExactly(
                new TranscriptLine(1, null, null, "王芳", "我们先过一下里程碑。"),
                new TranscriptLine(2, Duration.ofSeconds(80), null, "Li Lei", "The API is done."),
                new TranscriptLine(3, null, null, "Li Lei", "and the callbacks are next."),
                new TranscriptLine(4, Duration.ofSeconds(62), null, "Bob", "ok"),
                new TranscriptLine(5, null, null, "Bob", "TODO: write it down"),
                new TranscriptLine(6, null, null, "Bob", "TODO: Bob sends the deck"));
    }

    @Test
    void anExplicitFormatIsHeldTo() {
        assertThat(TranscriptParser.parse(utf8("Alice: hello\n"), TranscriptFormat.SPEAKER_LINES).lines()).hasSize(1);
        assertThatThrownBy(() -> TranscriptParser.parse(utf8("\nAlice: hello\n"), TranscriptFormat.WEBVTT))
                .hasMessage("line 2: expected the WebVTT header 'WEBVTT'");
        assertThatThrownBy(() -> TranscriptParser.parse(utf8("Alice: hello\n"), TranscriptFormat.SRT))
                .hasMessage("line 1: expected an SRT cue number");
    }

    @Test
    void anUnknownFormatNamesTheFirstLine() {
        assertThatThrownBy(() -> TranscriptParser.parse(utf8("\n\n{\"segments\": []}\n")))
                .isInstanceOf(TranscriptFormatException.class)
                .hasMessage("line 3: expected a WebVTT header 'WEBVTT', an SRT cue number, or a 'Speaker: text' line")
                .satisfies(e -> assertThat(((TranscriptFormatException) e).lineNumber()).isEqualTo(3));
        assertThatThrownBy(() -> TranscriptParser.parse(utf8("  \n")))
                .hasMessageContaining("line 1: expected").hasMessageContaining("empty");
    }

    @Test
    void aBrokenSrtNamesTheLineAndWhatWasExpected() {
        assertThatThrownBy(() -> TranscriptParser.parse(utf8(
                "1\n00:00:01,000 --> 00:00:02,000\nhello\n\n2\n00:00:03 -> 00:00:04\nworld\n")))
                .hasMessage("line 6: expected a cue timing such as '00:01:02,500 --> 00:01:05,000'");
        assertThatThrownBy(() -> TranscriptParser.parse(utf8(
                "1\n00:00:01,000 --> 00:00:02,000\nhello\n\nsecond\n00:00:03,000 --> 00:00:04,000\nworld\n")))
                .hasMessage("line 5: expected an SRT cue number");
        assertThatThrownBy(() -> TranscriptParser.parse(utf8("1\n00:00:05,000 --> 00:00:02,000\nhello\n"),
                TranscriptFormat.SRT))
                .hasMessage("line 2: expected a cue that ends after it starts");
    }

    @Test
    void aBrokenWebVttNamesTheLine() {
        assertThatThrownBy(() -> TranscriptParser.parse(utf8("WEBVTT\n\nid\nnot a timing\ntext\n")))
                .hasMessage("line 4: expected a cue timing such as '00:01:02.500 --> 00:01:05.000'");
        assertThatThrownBy(() -> TranscriptParser.parse(utf8("WEBVTT\n00:00:01.000 --> 00:00:02.000\nhi\n")))
                .hasMessage("line 2: expected a blank line between the WEBVTT header and the first cue");
    }

    @Test
    void aSpeakerWithoutTextIsRejected() {
        assertThatThrownBy(() -> TranscriptParser.parse(utf8("Alice: hi\nBob:\n")))
                .hasMessage("line 2: expected text after 'Bob:'");
    }

    @Test
    void invalidUtf8NamesTheLine() {
        byte[] gbk = "张伟：好".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] body = new byte[gbk.length + 20];
        byte[] start = utf8("Alice: hi\nBob: ok\n");
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(gbk, 0, body, start.length, gbk.length);
        byte[] exact = java.util.Arrays.copyOf(body, start.length + gbk.length);

        assertThatThrownBy(() -> TranscriptParser.parse(exact))
                .hasMessage("line 3: expected UTF-8 text (this line has invalid bytes)");
        assertThatThrownBy(() -> TranscriptParser.parse("Alice: hi".getBytes(StandardCharsets.UTF_16)))
                .hasMessage("line 1: expected UTF-8 text (this file is UTF-16)");
    }

    @Test
    void inputIsBounded() {
        assertThatThrownBy(() -> TranscriptParser.parse(new byte[TranscriptParser.MAX_BYTES + 1]))
                .hasMessage("expected a transcript of at most 2048 KB");
        assertThatThrownBy(() -> TranscriptParser.parse(utf8("a: b\n".repeat(TranscriptParser.MAX_FILE_LINES + 1))))
                .hasMessage("line 50001: expected the end of the transcript (at most 50000 lines)");
        assertThatThrownBy(() -> TranscriptParser.parse(utf8("a: " + "x".repeat(TranscriptParser.MAX_LINE_CHARS))))
                .hasMessage("line 1: expected a line of at most 10000 characters");
    }
}
