package dev.tandem.meeting.transcript;

/** Turns a recording into a transcript with timestamps, and speakers where the provider gives them. */
public interface SpeechToText {

    /**
     * @throws SpeechToTextException when the provider is down, slow, or answers something unreadable: the caller
     *                               keeps the recording and can retry later
     */
    Transcript transcribe(AudioInput audio) throws SpeechToTextException;
}
