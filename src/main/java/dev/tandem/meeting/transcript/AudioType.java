package dev.tandem.meeting.transcript;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The audio formats accepted for transcription, recognised from their first bytes rather than their names. */
public enum AudioType {
    WAV("audio/wav", "wav"),
    MP3("audio/mpeg", "mp3"),
    M4A("audio/mp4", "m4a"),
    WEBM("audio/webm", "webm");

    private final String contentType;
    private final String extension;

    AudioType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The type whose signature the bytes start with, if any. */
    public static Optional<AudioType> sniff(byte[] head) {
        if (startsWith(head, 0, "RIFF") && startsWith(head, 8, "WAVE")) {
            return Optional.of(WAV);
        }
        if (startsWith(head, 0, "ID3")
                || head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0 && (head[1] & 0x06) != 0) {
            return Optional.of(MP3);
        }
        if (startsWith(head, 4, "ftyp") && head.length >= 12) {
            String brand = new String(head, 8, 4, StandardCharsets.US_ASCII);
            if (Arrays.asList("M4A ", "M4B ", "mp42", "mp41", "isom", "iso2", "dash").contains(brand)) {
                return Optional.of(M4A);
            }
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0x1A && (head[1] & 0xFF) == 0x45 && (head[2] & 0xFF) == 0xDF
                && (head[3] & 0xFF) == 0xA3) {
            return Optional.of(WEBM);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < offset + expected.length) {
            return false;
        }
        return Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
    }
}
