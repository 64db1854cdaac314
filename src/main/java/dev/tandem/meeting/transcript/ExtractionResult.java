package dev.tandem.meeting.transcript;

import java.util.Objects;

/**
 * Proposals and how they were made. When the chat endpoint failed, {@code source} is {@link Source#OFFLINE_FALLBACK}
 * and {@code fallbackReason} and {@code fallbackDetail} say why, so the page can tell the organiser.
 */
public record ExtractionResult(MinutesProposal proposal, Source source, FallbackReason fallbackReason,
        String fallbackDetail) {

    public enum Source {
        /** The rules and lexicons of {@link OfflineExtractor}. */
        OFFLINE,
        /** The configured chat endpoint, output validated. */
        LLM,
        /** The chat endpoint was tried and failed; these are the offline proposals. */
        OFFLINE_FALLBACK
    }

    public enum FallbackReason {
        TIMEOUT,
        /** Connection refused, DNS failure, TLS failure. */
        UNREACHABLE,
        /** A non-2xx answer. */
        HTTP_ERROR,
        /** An answer that is not JSON of the expected shape. */
        INVALID_OUTPUT
    }

    public ExtractionResult {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(source, "source");
        if ((source == Source.OFFLINE_FALLBACK) != (fallbackReason != null)) {
            throw new IllegalArgumentException("a reason is given exactly when the offline proposals are a fallback");
        }
    }

    public static ExtractionResult offline(MinutesProposal proposal) {
        return new ExtractionResult(proposal, Source.OFFLINE, null, null);
    }

    public boolean fellBack() {
        return source == Source.OFFLINE_FALLBACK;
    }
}
