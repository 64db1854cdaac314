package dev.tandem.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The form Spring Security posts to; its messages come from the error, locked and signedout parameters. */
@Controller
class SignInPage {

    @GetMapping("/signin")
    String signIn() {
        return "signin";
    }

    /** The address people guess; signing in from it lands on the projects instead of a missing page. */
    @GetMapping("/login")
    String login() {
        return "redirect:/";
    }
}
