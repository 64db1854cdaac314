package dev.tandem.interchange.api;

import dev.tandem.interchange.InterchangeManagement;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads an uploaded file from the request body, refusing one over the limit before reading it all. */
final class Uploads {

    private Uploads() {
    }

    static byte[] read(HttpServletRequest request, InterchangeManagement interchange) {
        interchange.checkSize(request.getContentLengthLong());
        try (InputStream in = request.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, interchange.maxImportSize() + 1));
            interchange.checkSize(content.length);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
