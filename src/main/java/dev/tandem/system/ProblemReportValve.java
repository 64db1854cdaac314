package dev.tandem.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's report of a request it refused before any filter or servlet saw it (an encoded NUL, slash or backslash
 * in the path, a request line it cannot read): a problem for the API, Tomcat's bare HTML page elsewhere.
 */
final class ProblemReportValve extends ErrorReportValve {

    private final ApiProblems problems;
    private final JsonMapper json;

    ProblemReportValve(ApiProblems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String path = request.getRequestURI();
        // a request line Tomcat could not read has no path; browsers never send one, API clients and probes do
        if (path != null && !path.isEmpty() && !ApiProblems.isApi(path)) {
            super.report(request, response, throwable);
            return;
        }
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(problems.forStatus(response.getStatus())));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException clientGone) {
            // nothing more can be said to a client whose connection is gone
        }
    }
}
