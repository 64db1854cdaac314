package dev.tandem.meeting.internal;

import dev.tandem.meeting.transcript.AudioInput;
import dev.tandem.meeting.transcript.SpeechToTextException;
import dev.tandem.meeting.transcript.Transcript;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import dev.tandem.meeting.MinutesFromTranscripts;

/**
 * Runs speech to text off the request thread: at most {@code tandem.minutes.speech.concurrency} recordings at a
 * time (virtual threads), the others waiting in a bounded queue. Status goes to the recording in short
 * transactions; the provider is called outside any.
 */
@Component
public class TranscriptionJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TranscriptionJobs.class);
    private static final int QUEUE = 100;

    private final MinutesFromTranscripts minutes;
    private final MinutesProviders providers;
    private final TransactionTemplate tx;
    private final ExecutorService executor;

    TranscriptionJobs(MinutesFromTranscripts minutes, MinutesProviders providers, PlatformTransactionManager txManager,
                      @Value("${tandem.minutes.speech.concurrency:2}") int concurrency) {
        this.minutes = minutes;
        this.providers = providers;
        this.tx = new TransactionTemplate(txManager);
        int threads = Math.max(1, concurrency);
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                Thread.ofVirtual().name("transcription-", 0).factory());
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        tx.executeWithoutResult(s -> minutes.failInterrupted());
    }

    public void start(long meetingId) {
        try {
            executor.execute(() -> run(meetingId));
        } catch (RejectedExecutionException e) {
            tx.executeWithoutResult(s -> minutes.failed(meetingId, "too many recordings waiting; retry later"));
        }
    }

    private void run(long meetingId) {
        try {
            AudioInput audio = tx.execute(s -> minutes.claim(meetingId));
            if (audio == null) {
                return;
            }
            Transcript transcript = providers.speech().transcribe(audio);
            tx.executeWithoutResult(s -> minutes.transcribed(meetingId, transcript));
        } catch (SpeechToTextException e) {
            log.warn("Transcribing the recording of meeting {} failed: {} {}", meetingId, e.reason(), e.getMessage());
            tx.executeWithoutResult(s -> minutes.failed(meetingId, e.reason() + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            log.error("Transcribing the recording of meeting {} failed", meetingId, e);
            tx.executeWithoutResult(s -> minutes.failed(meetingId, "INTERNAL: " + e.getClass().getSimpleName()));
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
