package dev.tandem.system;

import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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
            model.addAttribute("problem", Texts.render(error.getValue()));
        } else {
            model.addAttribute("problem", Texts.of(refusal));
        }
    }

    /**
     * Runs a form's change: on success redirects with a notice, on a refusal shows the page again with the
     * problem next to the forms (no section).
     */
    public static String attempt(Runnable change, String notice, String redirectTo, Model model,
                                 HttpServletResponse response, RedirectAttributes redirect, Supplier<String> page) {
        try {
            change.run();
        } catch (InvalidInputException | ConflictException refusal) {
            show(refusal, model, response, null);
            return page.get();
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + redirectTo;
    }

    /** A whole number typed into a form field; blank means not given. */
    public static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("number", Text.of("problem.input.wholeNumber", value));
        }
    }

    /** A decimal number typed into the form field {@code field}; blank means not given. */
    public static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, Text.of("problem.input.number", value));
        }
    }

    /** An ISO date typed into the form field {@code field}; blank means not given. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Text.of("problem.input.date"));
        }
    }

    /** Keys typed as a list separated by commas or spaces, sorted and without duplicates. */
    public static Set<String> keys(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
