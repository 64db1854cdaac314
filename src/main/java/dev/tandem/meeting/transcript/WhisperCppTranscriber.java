package dev.tandem.meeting.transcript;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Transcribes with a local whisper.cpp command. The command is a list of arguments in which {@code {input}} stands
 * for the recording's path and {@code {output}} for the output path without extension, e.g.
 * {@code whisper-cli -m /opt/whisper/ggml-base.bin -l auto -f {input} -ovtt -of {output}}. The command must write
 * {@code {output}.vtt} or {@code {output}.srt}; it runs in a fresh temporary directory that is deleted afterwards,
 * and is killed when it outlives the timeout.
 */
public final class WhisperCppTranscriber implements SpeechToText {

    private static final int MAX_LOG_CHARS = 300;

    private final List<String> command;
    private final Duration timeout;
    private final Path workRoot;

    /**
     * @param workRoot where the temporary directories go, or {@code null} for the system's temporary directory
     */
    public WhisperCppTranscriber(List<String> command, Duration timeout, Path workRoot) {
        this.command = List.copyOf(command);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.workRoot = workRoot;
        if (command.isEmpty() || command.stream().noneMatch(a -> a.contains("{input}"))
                || command.stream().noneMatch(a -> a.contains("{output}"))) {
            throw new IllegalArgumentException("the command needs {input} and {output} arguments");
        }
    }

    @Override
    public Transcript transcribe(AudioInput audio) throws SpeechToTextException {
        Path dir;
        try {
            dir = workRoot == null ? Files.createTempDirectory("tandem-whisper-")
                    : Files.createTempDirectory(workRoot, "tandem-whisper-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return run(audio, dir);
        } finally {
            deleteQuietly(dir);
        }
    }

    private Transcript run(AudioInput audio, Path dir) throws SpeechToTextException {
        Path input = dir.resolve("recording." + audio.type().extension());
        Path output = dir.resolve("transcript");
        Path log = dir.resolve("whisper_cli.log");
        try {
            Files.write(input, audio.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = command.stream()
                .map(a -> a.replace("{input}", input.toString()).replace("{output}", output.toString()))
                .toList();
        Process process;
        try {
            process = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new SpeechToTextException(SpeechToTextException.Reason.UNREACHABLE,
                    "cannot start " + command.getFirst() + ": " + e.getMessage());
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new SpeechToTextException(SpeechToTextException.Reason.TIMEOUT,
                        command.getFirst() + " did not finish within " + timeout);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new SpeechToTextException(SpeechToTextException.Reason.UNREACHABLE, "interrupted");
        }
        if (process.exitValue() != 0) {
            throw new SpeechToTextException(SpeechToTextException.Reason.COMMAND_FAILED,
                    command.getFirst() + " exited with " + process.exitValue() + ": " + tail(log));
        }
        for (String extension : List.of(".vtt", ".srt")) {
            Path file = dir.resolve("transcript" + extension);
            if (Files.isRegularFile(file)) {
                try {
                    Transcript parsed = TranscriptParser.parse(Files.readAllBytes(file));
                    return new Transcript(TranscriptFormat.SPEECH_TO_TEXT, parsed.lines());
                } catch (TranscriptFormatException e) {
                    throw new SpeechToTextException(SpeechToTextException.Reason.INVALID_OUTPUT,
                            "unreadable " + extension + " output, " + e.getMessage());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new SpeechToTextException(SpeechToTextException.Reason.INVALID_OUTPUT,
                command.getFirst() + " wrote no {output}.vtt or {output}.srt");
    }

    private static String tail(Path log) {
        try {
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip();
            return text.length() <= MAX_LOG_CHARS ? text : "…" + text.substring(text.length() - MAX_LOG_CHARS);
        } catch (IOException e) {
            return "(no output)";
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
