package dev.tandem.interchange.api;

import dev.tandem.interchange.InterchangeManagement;
import dev.tandem.shared.Text;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.tandem.shared.InvalidInputException;

/** Reads an uploaded file from the request body, refusing one over the limit before reading it all. */
final class Uploads {

    private Uploads() {
    }

    /** {@code Jira name=Tandem name} pairs, at most 200. */
    static Map<String, String> pairs(String field, List<String> values) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (values == null) {
            return pairs;
        }
        if (values.size() > 200) {
            throw new InvalidInputException(field, Text.of("problem.interchange.tooManyMappings"));
        }
        for (String value : values) {
            int eq = value.lastIndexOf('=');
            if (eq <= 0 || eq == value.length() - 1 || value.length() > 300) {
                throw new InvalidInputException(field, Text.of("problem.interchange.mappingShape",
                        value.length() > 60 ? value.substring(0, 60) + "…" : value));
            }
            pairs.put(value.substring(0, eq).strip(), value.substring(eq + 1).strip());
        }
        return pairs;
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
