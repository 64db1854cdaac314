package dev.tandem.planning;

import java.util.List;

/** A technical difficulty's fields; {@code alternatives} replaces the whole list when given. */
public record DifficultyFields(String title, String description, String owner, List<Alternative> alternatives) {
}
