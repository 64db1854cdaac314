package dev.tandem.identity.web;

import dev.tandem.identity.SignInOptions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The form Spring Security posts to, and the single sign-on button when that is configured; its messages come from
 * the error, locked, refused, ssoerror and signedout parameters.
 */
@Controller
class SignInPage {

    private final SignInOptions options;

    SignInPage(SignInOptions options) {
        this.options = options;
    }

    @GetMapping("/signin")
    String signIn(Model model) {
        model.addAttribute("signInOptions", options);
        return "signin";
    }

    /** The address people guess; signing in from it lands on the projects instead of a missing page. */
    @GetMapping("/login")
    String login() {
        return "redirect:/";
    }
}
