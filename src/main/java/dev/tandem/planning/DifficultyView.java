package dev.tandem.planning;

import java.util.List;

public record DifficultyView(long id, String title, String description, String owner, String ownerName,
                             List<Alternative> alternatives, String chosen, long version) {
}
