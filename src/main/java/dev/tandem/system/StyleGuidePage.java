package dev.tandem.system;

import dev.tandem.shared.Actor;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.Text;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The living style guide: every shared component drawn from the one stylesheet, in the reader's language and theme,
 * so a change to a token or a component can be looked at in one place. Administrators only.
 */
@Controller
class StyleGuidePage {

    /** The colour tokens of tandem.css, each shown as a swatch (class {@code swatch-<token>}). */
    static final List<String> COLOURS = List.of("bg", "surface", "surface-2", "surface-3", "canvas", "text", "text-2",
            "muted", "line", "line-strong", "brand", "brand-dark", "brand-soft", "on-brand", "danger", "danger-soft",
            "ok", "ok-soft", "warn", "warn-soft", "topbar", "on-topbar");

    @GetMapping("/styleguide")
    String styleGuide(Actor actor, Model model) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException(Text.of("problem.system.styleGuide"));
        }
        model.addAttribute("colours", COLOURS);
        model.addAttribute("spaces", List.of(1, 2, 3, 4, 5, 6, 8));
        model.addAttribute("sizes", List.of("xs", "sm", "md", "lg", "xl"));
        model.addAttribute("people", List.of("Wang Fang 王芳", "Daniel Okafor", "李伟"));
        return "system/styleguide";
    }
}
