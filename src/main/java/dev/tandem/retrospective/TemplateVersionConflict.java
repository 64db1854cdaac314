package dev.tandem.retrospective;

import dev.tandem.shared.StaleVersionException;

/** A template change was written against an older version: both versions go back to the person (409). */
public class TemplateVersionConflict extends StaleVersionException {

    private final TemplateViews.Version yours;
    private final TemplateViews.Version current;
    private final String proposed;

    TemplateVersionConflict(String name, TemplateViews.Version yours, TemplateViews.Version current, String proposed) {
        super("Template “" + name + "” (you started from version " + yours.number() + ", now at version "
                + current.number() + " by " + current.author() + ": " + current.note() + ")", current.number());
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
