package dev.tandem.meeting.transcript;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AudioInputTests {

    private static byte[] head(String ascii, int offset, int length) {
        byte[] bytes = new byte[length];
        byte[] a = ascii.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(a, 0, bytes, offset, a.length);
        return bytes;
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        assertThat(AudioInput.of(OpenAiTranscriptionClientTests.wav(), "x.mp3", 1000).type()).isEqualTo(AudioType.WAV);
        assertThat(AudioInput.of(head("ID3\u0004", 0, 64), "a", 1000).type()).isEqualTo(AudioType.MP3);
        assertThat(AudioInput.of(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x44}, "a", 1000).type())
                .isEqualTo(AudioType.MP3);
        assertThat(AudioInput.of(head("\u0000\u0000\u0000\u0020ftypM4A \u0000\u0000", 0, 64), "a", 1000).type())
                .isEqualTo(AudioType.M4A);
        assertThat(AudioInput.of(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F}, "a", 1000).type())
                .isEqualTo(AudioType.WEBM);
    }

    @Test
    void namesAreMadeSafeForAMultipartHeader() {
        byte[] wav = OpenAiTranscriptionClientTests.wav();
        assertThat(AudioInput.of(wav, "../../etc/sync \"weekly\".WAV", 1000).filename()).isEqualTo("sync__weekly_.wav");
        assertThat(AudioInput.of(wav, null, 1000).filename()).isEqualTo("recording.wav");
        assertThat(AudioInput.of(wav, "C:\\rec\\会议.mp3", 1000).filename()).isEqualTo("recording.wav");
    }

    @Test
    void otherContentEmptinessAndSizeAreRejected() {
        assertThatThrownBy(() -> AudioInput.of("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "a.wav", 1000))
                .isInstanceOf(AudioInput.RejectedException.class)
                .hasMessage("the recording is not WAV, MP3, M4A or WebM audio");
        assertThatThrownBy(() -> AudioInput.of(new byte[0], "a.wav", 1000)).hasMessage("the recording is empty");
        assertThatThrownBy(() -> AudioInput.of(new byte[3 * 1024 * 1024], "a.wav", 2 * 1024 * 1024))
                .hasMessage("the recording is larger than 2 MB");
    }

    @Test
    void theRecordItselfHoldsToItsType() {
        byte[] wav = OpenAiTranscriptionClientTests.wav();
        assertThat(new AudioInput("sync.wav", AudioType.WAV, wav).type()).isEqualTo(AudioType.WAV);
        assertThatThrownBy(() -> new AudioInput("sync.mp3", AudioType.MP3, wav))
                .isInstanceOf(AudioInput.RejectedException.class).hasMessage("the recording is not MP3 audio");
        assertThatThrownBy(() -> new AudioInput("../sync.wav", AudioType.WAV, wav))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPathIsCheckedForSizeBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sync.webm");
        Files.write(file, new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 1, 2, 3});
        assertThat(AudioInput.of(file, 100)).satisfies(a -> {
            assertThat(a.type()).isEqualTo(AudioType.WEBM);
            assertThat(a.filename()).isEqualTo("sync.webm");
        });
        assertThatThrownBy(() -> AudioInput.of(file, 6)).isInstanceOf(AudioInput.RejectedException.class);
    }
}
