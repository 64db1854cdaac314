package dev.tandem.planning.web;

import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a form's change: on success redirects with a notice, on a refusal (400 invalid input, 409 conflict or stale
 * version) shows the page again with the problem next to the forms. The facade refused it before anything was saved.
 */
final class FormProblem {

    private FormProblem() {
    }

    static String attempt(Runnable change, String notice, String redirectTo, Model model, HttpServletResponse response,
                          RedirectAttributes redirect, Supplier<String> page) {
        try {
            change.run();
        } catch (InvalidInputException | ConflictException refusal) {
            int status = refusal instanceof ConflictException ? 409 : 400;
            response.setStatus(status);
            model.addAttribute("problemStatus", status);
            model.addAttribute("problemSection", null);
            if (refusal instanceof InvalidInputException invalid && invalid.fieldErrors().size() == 1) {
                var error = invalid.fieldErrors().entrySet().iterator().next();
                model.addAttribute("problemField", error.getKey());
                model.addAttribute("problem", error.getValue());
            } else {
                model.addAttribute("problem", refusal.getMessage());
            }
            return page.get();
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + redirectTo;
    }

    static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("number", "must be a whole number (not '" + value + "')");
        }
    }

    static java.math.BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a number (not '" + value + "')");
        }
    }

    static java.time.LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date such as 2027-03-01");
        }
    }

    static java.util.Set<String> keys(String value) {
        if (value == null || value.isBlank()) {
            return java.util.Set.of();
        }
        return java.util.Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isBlank())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
