package dev.tandem.knowledge;

import java.time.Instant;

/** A file attached to a page, without its bytes. */
public record AttachmentView(String name, String contentType, long size, String uploadedBy, Instant uploadedAt) {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
