package dev.tandem.retrospective.api;

import dev.tandem.retrospective.TemplateVersionConflict;
import dev.tandem.shared.Text;
import dev.tandem.system.Texts;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The 409 of a template change written against an older version, with both versions and the text sent. */
final class TemplateConflictProblem {

    private TemplateConflictProblem() {
    }

    static ProblemDetail of(TemplateVersionConflict e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, Texts.of(e));
        problem.setTitle(Texts.render(Text.of("problem.title.stale")));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("currentVersion", e.currentVersion());
        problem.setProperty("yourVersion", e.yours());
        problem.setProperty("current", e.current());
        problem.setProperty("proposed", e.proposed());
        return problem;
    }
}
