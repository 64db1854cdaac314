package dev.tandem.system;

import dev.tandem.shared.ConflictException;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Shows a page's failures as the error page with the right status and a message a person understands. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return error(404, Texts.of(e), model, response);
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, Model model, HttpServletResponse response) {
        return error(403, Texts.of(e), model, response);
    }

    @ExceptionHandler({ConflictException.class, ObjectOptimisticLockingFailureException.class})
    String conflict(RuntimeException e, Model model, HttpServletResponse response) {
        return error(409, e instanceof ConflictException ? Texts.of(e) : null, model, response);
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, Model model, HttpServletResponse response) {
        return error(400, Texts.of(e), model, response);
    }

    private static String error(int status, String detail, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("detail", detail);
        return "error";
    }
}
