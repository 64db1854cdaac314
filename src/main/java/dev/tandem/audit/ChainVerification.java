package dev.tandem.audit;

/** The result of re-computing the chain: valid, or the first entry whose hash or link does not hold. */
public record ChainVerification(boolean valid, long entries, Long firstBrokenSeq, String problem) {
}
