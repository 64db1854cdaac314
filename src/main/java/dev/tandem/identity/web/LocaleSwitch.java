package dev.tandem.identity.web;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.shared.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.util.WebUtils;

/** Switches the page language for this session and, for a signed-in person, remembers it for the next sign-in. */
@Controller
class LocaleSwitch {

    private final IdentityManagement identity;

    LocaleSwitch(IdentityManagement identity) {
        this.identity = identity;
    }

    @PostMapping("/locale")
    String switchTo(@RequestParam String lang, @RequestHeader(name = "Referer", required = false) String referer,
                    HttpServletRequest request, Principal principal) {
        String tag = IdentityManagement.LOCALES.contains(lang) ? lang : "en";
        WebUtils.setSessionAttribute(request, SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME,
                Locale.forLanguageTag(tag));
        if (principal != null) {
            identity.findByUsername(principal.getName()).ifPresent(person ->
                    identity.changeLocale(new Actor(person.id(), person.username(), person.orgRole()), tag));
        }
        return "redirect:" + sameOriginPath(referer, request);
    }

    /** Only a path on this server is followed back, so the switch cannot be used as an open redirect. */
    private static String sameOriginPath(String referer, HttpServletRequest request) {
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            boolean sameHost = request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == (uri.getPort() == -1 ? defaultPort(uri) : uri.getPort());
            String path = uri.getRawPath();
            if (!sameHost || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private static int defaultPort(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
