package dev.tandem.knowledge.internal;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Which files a page may carry: at most {@code tandem.wiki.max-attachment-size} each, of a type sniffed from the
 * bytes (Apache Tika's magic numbers; the name only narrows a container, such as a ZIP that is a .docx) that is an
 * image, a PDF, an office document or plain text. Anything else, HTML and SVG included, could run script when opened.
 */
@Component
public class AttachmentPolicy {

    private static final Set<String> ALLOWED = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "application/pdf", "text/plain", "text/csv",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");
    private static final int MAX_NAME = 200;

    private final Tika tika = new Tika();
    private final long maxBytes;

    AttachmentPolicy(@Value("${tandem.wiki.max-attachment-size:10MB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** A file name without any path, of printable characters. */
    public String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", Text.of("problem.input.required"));
        }
        String clean = name.strip();
        clean = clean.substring(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1);
        if (clean.isEmpty() || clean.startsWith(".") || clean.length() > MAX_NAME
                || clean.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>')) {
            throw new InvalidInputException("name", Text.of("problem.knowledge.attachmentName", MAX_NAME));
        }
        return clean;
    }

    /** The sniffed type of an allowed file; refuses an empty, oversized or forbidden one. */
    public String check(String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("content", Text.of("problem.knowledge.attachmentEmpty"));
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException("content", Text.of("problem.knowledge.attachmentTooLarge", content.length,
                    maxBytes));
        }
        String type = tika.detect(content, name);
        if (!ALLOWED.contains(type)) {
            throw new InvalidInputException("content", Text.of("problem.knowledge.attachmentType", type));
        }
        if (type.startsWith("text/") && hasControlBytes(content)) {
            throw new InvalidInputException("content", Text.of("problem.knowledge.attachmentControlCharacters"));
        }
        return type;
    }

    /** Text in any ASCII-compatible encoding (UTF-8, GBK …) has no C0 controls besides tab, line breaks and form feed. */
    private static boolean hasControlBytes(byte[] content) {
        for (byte b : content) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
