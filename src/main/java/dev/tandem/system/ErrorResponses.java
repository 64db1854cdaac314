package dev.tandem.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers what reaches {@code /error}: failures that never got to a controller or its advice, such as an unknown
 * address, a method the address does not take, a request the firewall refused, a body over the size limit or an
 * uncaught exception. Under {@code /api} that is a problem, whatever the client accepts; pages get the error page.
 */
@Controller
class ErrorResponses implements ErrorController {

    private final ApiProblems problems;

    ErrorResponses(ApiProblems problems) {
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!ApiProblems.isApi(path)) {
            return new ModelAndView("error", Map.of("status", status), HttpStatusCode.valueOf(status));
        }
        ProblemDetail problem = problems.forStatus(status);
        problem.setInstance(ApiProblems.instance(path));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
