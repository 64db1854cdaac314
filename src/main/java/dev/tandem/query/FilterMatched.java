package dev.tandem.query;

import java.util.List;

/**
 * Items newly match a filter a person subscribed to: {@code itemKeys} are the first few of them, {@code count} how
 * many there are in all. The notification module turns it into a notice in the subscriber's inbox.
 */
public record FilterMatched(long personId, long filterId, String filterName, int count, List<String> itemKeys) {
}
