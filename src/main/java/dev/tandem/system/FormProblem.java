package dev.tandem.system;

import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/**
 * Puts a refused change next to its form instead of on an error page: 400 for invalid input, 409 for a
 * conflict or a stale version. The facade refused it before anything was saved.
 */
public final class FormProblem {

    private FormProblem() {
    }

    public static void show(RuntimeException refusal, Model model, HttpServletResponse response, String section) {
        int status = refusal instanceof ConflictException ? 409 : 400;
        response.setStatus(status);
        model.addAttribute("problemStatus", status);
        model.addAttribute("problemSection", section);
        if (refusal instanceof InvalidInputException invalid && invalid.fieldErrors().size() == 1) {
            var error = invalid.fieldErrors().entrySet().iterator().next();
            model.addAttribute("problemField", error.getKey());
            model.addAttribute("problem", error.getValue());
        } else {
            model.addAttribute("problem", refusal.getMessage());
        }
    }
}
