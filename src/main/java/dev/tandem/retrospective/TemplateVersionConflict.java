package dev.tandem.retrospective;

import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;

/** A template change was written against an older version: both versions go back to the person (409). */
public class TemplateVersionConflict extends StaleVersionException {

    private final TemplateViews.Version yours;
    private final TemplateViews.Version current;
    private final String proposed;

    TemplateVersionConflict(String name, TemplateViews.Version yours, TemplateViews.Version current, String proposed) {
        super(Text.of("problem.retrospective.templateVersion", name, yours.number(), current.number(),
                current.author(), current.note()), current.number());
        this.yours = yours;
        this.current = current;
        this.proposed = proposed;
    }

    public TemplateViews.Version yours() {
        return yours;
    }

    public TemplateViews.Version current() {
        return current;
    }

    public String proposed() {
        return proposed;
    }
}
