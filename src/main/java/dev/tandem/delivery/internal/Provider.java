package dev.tandem.delivery.internal;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import java.util.Locale;

/**
 * Where deliveries come from, each with the headers that carry its event name, its delivery id and its proof of the
 * secret. GitHub and Gitea sign the body with HMAC-SHA256 (hex; GitHub prefixed {@code sha256=}); GitLab sends the
 * secret itself as a token; a generic sender (Jenkins, a script) signs like GitHub, in {@code X-Tandem-Signature}.
 */
public enum Provider {
    GITHUB("X-GitHub-Event", "X-GitHub-Delivery", "X-Hub-Signature-256"),
    GITLAB("X-Gitlab-Event", "X-Gitlab-Event-UUID", "X-Gitlab-Token"),
    GITEA("X-Gitea-Event", "X-Gitea-Delivery", "X-Gitea-Signature"),
    GENERIC("X-Tandem-Event", "X-Tandem-Delivery", "X-Tandem-Signature");

    private final String eventHeader;
    private final String deliveryHeader;
    private final String signatureHeader;

    Provider(String eventHeader, String deliveryHeader, String signatureHeader) {
        this.eventHeader = eventHeader;
        this.deliveryHeader = deliveryHeader;
        this.signatureHeader = signatureHeader;
    }

    public String eventHeader() {
        return eventHeader;
    }

    public String deliveryHeader() {
        return deliveryHeader;
    }

    public String signatureHeader() {
        return signatureHeader;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Provider parse(String value) {
        for (Provider p : values()) {
            if (p.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return p;
            }
        }
        throw new InvalidInputException("provider", Text.of("problem.input.oneOf", "github, gitlab, gitea, generic"));
    }
}
