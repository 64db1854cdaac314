package dev.tandem.knowledge;

/** An attachment's bytes with the type sniffed from them when it was stored. */
public record AttachmentFile(String name, String contentType, byte[] content) {
}
