package dev.tandem.meeting.transcript;

import dev.tandem.shared.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A recording to transcribe: WAV, MP3, M4A or WebM, within a size limit, its type sniffed from its bytes.
 *
 * @param filename a safe file name (letters, digits, dot, dash, underscore) ending in the type's extension
 */
public record AudioInput(String filename, AudioType type, byte[] bytes) {

    /** The default size limit: the one OpenAI's transcription endpoint sets. */
    public static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;

    /** An upload that is not accepted; its text says why, for a 4xx (the message is its English wording). */
    public static class RejectedException extends IllegalArgumentException {

        private final transient Text text;

        public RejectedException(Text text) {
            super(text.english());
            this.text = text;
        }

        public Text text() {
            return text;
        }
    }

    public AudioInput {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bytes, "bytes");
        if (!filename.matches("[A-Za-z0-9_-]{1,60}\\." + type.extension())) {
            throw new IllegalArgumentException("a safe file name ending in ." + type.extension() + " is expected");
        }
        if (AudioType.sniff(bytes).filter(type::equals).isEmpty()) {
            throw new RejectedException(Text.of("problem.meeting.audioNotType", type.name()));
        }
    }

    /** Accepts uploaded bytes; the name is only a label, the type comes from the content. */
    public static AudioInput of(byte[] bytes, String originalName, long maxBytes) {
        if (bytes.length == 0) {
            throw new RejectedException(Text.of("problem.meeting.audioEmpty"));
        }
        if (bytes.length > maxBytes) {
            throw new RejectedException(Text.of("problem.meeting.audioTooLarge", mebibytes(maxBytes)));
        }
        AudioType type = AudioType.sniff(bytes).orElseThrow(() -> new RejectedException(
                Text.of("problem.meeting.audioUnknownType")));
        return new AudioInput(safeName(originalName, type), type, bytes);
    }

    /** Reads a recording from a file, refusing it before reading when it is too large. */
    public static AudioInput of(Path path, long maxBytes) throws IOException {
        long size = Files.size(path);
        if (size > maxBytes) {
            throw new RejectedException(Text.of("problem.meeting.audioTooLarge", mebibytes(maxBytes)));
        }
        try (InputStream in = Files.newInputStream(path)) {
            return of(in.readNBytes((int) size), path.getFileName().toString(), maxBytes);
        }
    }

    private static String safeName(String originalName, AudioType type) {
        String base = originalName == null ? "" : originalName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        String stem = (dot > 0 ? base.substring(0, dot) : base).replaceAll("[^A-Za-z0-9_-]", "_");
        if (stem.isEmpty() || stem.chars().allMatch(c -> c == '_')) {
            stem = "recording";
        }
        return (stem.length() > 60 ? stem.substring(0, 60) : stem) + "." + type.extension();
    }

    private static long mebibytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
