package dev.tandem.meeting.internal;

import dev.tandem.meeting.transcript.ChatEndpointSettings;
import dev.tandem.meeting.transcript.LlmMinutesExtractor;
import dev.tandem.meeting.transcript.MinutesExtractor;
import dev.tandem.meeting.transcript.OfflineExtractor;
import dev.tandem.meeting.transcript.OpenAiTranscriptionClient;
import dev.tandem.meeting.transcript.SpeechToText;
import dev.tandem.meeting.transcript.TranscriptionEndpointSettings;
import dev.tandem.meeting.transcript.WhisperCppTranscriber;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The minutes extractor and speech-to-text provider as configured ({@code tandem.minutes.*}): a chat endpoint when
 * its base URL and model are set, else the offline extractor; an OpenAI-compatible transcription endpoint, or a
 * whisper.cpp command, or none. Keys are never logged.
 */
@Component
public class MinutesProviders implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MinutesProviders.class);

    private final MinutesExtractor extractor;
    private final SpeechToText speech;
    private final long maxAudioBytes;

    MinutesProviders(@Value("${tandem.minutes.chat.base-url:}") String chatUrl,
                     @Value("${tandem.minutes.chat.model:}") String chatModel,
                     @Value("${tandem.minutes.chat.api-key:}") String chatKey,
                     @Value("${tandem.minutes.chat.timeout:60s}") Duration chatTimeout,
                     @Value("${tandem.minutes.chat.structured-output:json_schema}") String structuredOutput,
                     @Value("${tandem.minutes.speech.base-url:}") String speechUrl,
                     @Value("${tandem.minutes.speech.model:whisper-1}") String speechModel,
                     @Value("${tandem.minutes.speech.api-key:}") String speechKey,
                     @Value("${tandem.minutes.speech.language:}") String language,
                     @Value("${tandem.minutes.speech.command:}") String command,
                     @Value("${tandem.minutes.speech.timeout:10m}") Duration speechTimeout,
                     @Value("${tandem.minutes.audio.max-size:16MB}") DataSize maxAudio) {
        OfflineExtractor offline = new OfflineExtractor();
        if (!chatUrl.isBlank() && !chatModel.isBlank()) {
            ChatEndpointSettings settings = new ChatEndpointSettings(URI.create(chatUrl.strip()), chatModel.strip(),
                    chatKey.isBlank() ? null : chatKey.strip(), chatTimeout,
                    ChatEndpointSettings.StructuredOutput.valueOf(structuredOutput.strip().toUpperCase(Locale.ROOT)));
            this.extractor = new LlmMinutesExtractor(settings, offline);
            log.info("Minutes are proposed through the chat endpoint {}", settings);
        } else {
            this.extractor = offline;
        }
        if (!speechUrl.isBlank()) {
            TranscriptionEndpointSettings settings = new TranscriptionEndpointSettings(URI.create(speechUrl.strip()),
                    speechModel.strip(), speechKey.isBlank() ? null : speechKey.strip(),
                    language.isBlank() ? null : language.strip(), speechTimeout);
            this.speech = new OpenAiTranscriptionClient(settings);
            log.info("Recordings are transcribed through {}", settings);
        } else if (!command.isBlank()) {
            // split at white space: no quoting, so paths with spaces go through a small script
            List<String> words = Arrays.stream(command.strip().split("\\s+")).toList();
            this.speech = new WhisperCppTranscriber(words, speechTimeout, null);
            log.info("Recordings are transcribed by the command {}", words.getFirst());
        } else {
            this.speech = null;
        }
        this.maxAudioBytes = maxAudio.toBytes();
    }

    public MinutesExtractor extractor() {
        return extractor;
    }

    /** The speech-to-text provider, or {@code null} when none is configured. */
    public SpeechToText speech() {
        return speech;
    }

    public long maxAudioBytes() {
        return maxAudioBytes;
    }

    /** Closes the providers' HTTP clients. */
    @Override
    public void close() {
        if (extractor instanceof AutoCloseable c) {
            closeQuietly(c);
        }
        if (speech instanceof AutoCloseable c) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            log.debug("Closing a minutes provider failed", e);
        }
    }
}
