package dev.tandem.identity.internal;

import dev.tandem.shared.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problems from filters, where no controller advice reaches, in the language the request asks for
 * ({@code Accept-Language}, as everywhere on the API).
 */
@Component
class ProblemWriter {

    private final JsonMapper json;
    private final MessageSource messages;

    ProblemWriter(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** A 401 with one {@code WWW-Authenticate} challenge per scheme the client may use. */
    void unauthorized(HttpServletRequest request, HttpServletResponse response, Text title, Text detail,
                      String... challenges) throws IOException {
        for (String challenge : challenges) {
            response.addHeader("WWW-Authenticate", challenge);
        }
        write(request, response, 401, title, detail);
    }

    void write(HttpServletRequest request, HttpServletResponse response, int status, Text title, Text detail)
            throws IOException {
        Locale locale = SecurityConfiguration.fromAcceptLanguage(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status),
                messages.getMessage(detail.key(), detail.args(), locale));
        problem.setTitle(messages.getMessage(title.key(), title.args(), locale));
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
