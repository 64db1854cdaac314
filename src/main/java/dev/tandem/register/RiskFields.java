package dev.tandem.register;

import java.util.Set;

/**
 * The editable fields of a risk. On creation title, category, probability and impact are required; in an edit a
 * null field keeps its value and an empty text clears it.
 */
public record RiskFields(String title, String category, Integer probability, Integer impact, String owner,
                         String mitigation, String contingency, String trigger, String status, Set<String> items) {
}
