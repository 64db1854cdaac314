package dev.tandem.notification;

import java.util.List;

/** What a person enters for a chat channel; null fields stay as they are on a change. */
public record ChatChannelFields(String name, String provider, String url, String secret, List<String> kinds,
                                String language, Boolean active) {
}
