package dev.tandem.meeting.transcript;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local whisper.cpp runner against a stand-in script that takes whisper-cli's arguments ({@code -f} input,
 * {@code -ovtt}/{@code -osrt}, {@code -of} output base) and writes the file whisper-cli would.
 */
class WhisperCppTranscriberTests {

    @TempDir
    Path dir;

    private Path script(String body) throws Exception {
        Path script = dir.resolve("whisper-cli");
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private static final String FAKE_WHISPER = """
            while [ $# -gt 0 ]; do
              case "$1" in
                -f) in="$2"; shift ;;
                -of) out="$2"; shift ;;
                -ovtt) ext=vtt ;;
                -osrt) ext=srt ;;
              esac
              shift
            done
            cp "$in" "%s"
            if [ "$ext" = vtt ]; then
              printf 'WEBVTT\\n\\n00:00:00.000 --> 00:00:02.500\\n 我们决定下周三上线。\\n\\n00:00:02.500 --> 00:00:05.000\\n Bob will update the runbook.\\n' > "$out.vtt"
            else
              printf '1\\n00:00:00,000 --> 00:00:01,000\\nhello\\n' > "$out.srt"
            fi
            echo "whisper_print_timings: total time = 1234.56 ms"
            """;

    @Test
    void runsTheCommandOnTheRecordingAndReadsItsVtt() throws Exception {
        Path copy = dir.resolve("received.wav");
        Path script = script(FAKE_WHISPER.formatted(copy));
        byte[] audio = OpenAiTranscriptionClientTests.wav();
        var transcriber = new WhisperCppTranscriber(
                List.of(script.toString(), "-m", "ggml-base.bin", "-l", "auto", "-f", "{input}", "-ovtt", "-of",
                        "{output}"),
                Duration.ofSeconds(30), dir);

        Transcript transcript = transcriber.transcribe(AudioInput.of(audio, "sync.wav", 1000));

        assertThat(Files.readAllBytes(copy)).isEqualTo(audio);
        assertThat(transcript.format()).isEqualTo(TranscriptFormat.SPEECH_TO_TEXT);
        assertThat(transcript.lines()).containsExactly(
                new TranscriptLine(1, Duration.ZERO, Duration.ofMillis(2500), null, "我们决定下周三上线。"),
                new TranscriptLine(2, Duration.ofMillis(2500), Duration.ofSeconds(5), null,
                        "Bob will update the runbook."));
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("whisper-cli",
                    "received.wav");
        }
    }

    @Test
    void readsSrtOutputToo() throws Exception {
        Path script = script(FAKE_WHISPER.formatted(dir.resolve("received.wav")));
        var transcriber = new WhisperCppTranscriber(List.of(script.toString(), "-f", "{input}", "-osrt", "-of",
                "{output}"), Duration.ofSeconds(30), dir);

        assertThat(transcriber.transcribe(AudioInput.of(OpenAiTranscriptionClientTests.wav(), "a", 1000)).lines())
                .extracting(TranscriptLine::text).containsExactly("hello");
    }

    @Test
    void aCommandThatHangsIsKilledAtTheTimeout() throws Exception {
        Path script = script("exec sleep 60\n");
        var transcriber = new WhisperCppTranscriber(List.of(script.toString(), "{input}", "{output}"),
                Duration.ofMillis(500), dir);

        assertThatThrownBy(() -> transcriber.transcribe(AudioInput.of(OpenAiTranscriptionClientTests.wav(), "a", 1000)))
                .isInstanceOf(SpeechToTextException.class)
                .extracting(e -> ((SpeechToTextException) e).reason())
                .isEqualTo(SpeechToTextException.Reason.TIMEOUT);
    }

    @Test
    void failuresSayWhat() throws Exception {
        AudioInput audio = AudioInput.of(OpenAiTranscriptionClientTests.wav(), "a", 1000);

        Path failing = script("echo 'error: failed to read audio file' >&2\nexit 3\n");
        assertThatThrownBy(() -> new WhisperCppTranscriber(List.of(failing.toString(), "{input}", "{output}"),
                Duration.ofSeconds(30), dir).transcribe(audio))
                .hasMessageEndingWith("exited with 3: error: failed to read audio file")
                .extracting(e -> ((SpeechToTextException) e).reason())
                .isEqualTo(SpeechToTextException.Reason.COMMAND_FAILED);

        Path silent = script("exit 0\n");
        assertThatThrownBy(() -> new WhisperCppTranscriber(List.of(silent.toString(), "{input}", "{output}"),
                Duration.ofSeconds(30), dir).transcribe(audio))
                .extracting(e -> ((SpeechToTextException) e).reason())
                .isEqualTo(SpeechToTextException.Reason.INVALID_OUTPUT);

        Path garbage = script("echo '{\"not\": \"vtt\"}' > \"$2.vtt\"\n");
        assertThatThrownBy(() -> new WhisperCppTranscriber(List.of(garbage.toString(), "{input}", "{output}"),
                Duration.ofSeconds(30), dir).transcribe(audio))
                .hasMessageStartingWith("unreadable .vtt output, line 1: expected")
                .extracting(e -> ((SpeechToTextException) e).reason())
                .isEqualTo(SpeechToTextException.Reason.INVALID_OUTPUT);

        assertThatThrownBy(() -> new WhisperCppTranscriber(List.of(dir.resolve("missing").toString(), "{input}",
                "{output}"), Duration.ofSeconds(30), dir).transcribe(audio))
                .extracting(e -> ((SpeechToTextException) e).reason())
                .isEqualTo(SpeechToTextException.Reason.UNREACHABLE);
    }

    @Test
    void theCommandMustNameItsInputAndOutput() {
        assertThatThrownBy(() -> new WhisperCppTranscriber(List.of("whisper-cli", "-f", "{input}"),
                Duration.ofSeconds(1), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
