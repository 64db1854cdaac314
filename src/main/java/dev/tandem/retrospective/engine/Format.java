package dev.tandem.retrospective.engine;

import java.util.List;

/** The columns a retrospective's cards go into. */
public enum Format {
    START_STOP_CONTINUE(List.of("START", "STOP", "CONTINUE")),
    FOUR_LS(List.of("LIKED", "LEARNED", "LACKED", "LONGED_FOR")),
    MAD_SAD_GLAD(List.of("MAD", "SAD", "GLAD"));

    private final List<String> columns;

    Format(List<String> columns) {
        this.columns = columns;
    }

    public List<String> columns() {
        return columns;
    }
}
