package dev.tandem.shared;

/**
 * The names every full-text indexed record uses for its fields and analyzers, so one query runs over all of them.
 * A module that makes its records searchable maps them onto these names (see docs/contexts/search.md): the title and
 * body each twice, once analysed as English (stemmed) and once as Chinese (smartcn word segmentation), because one
 * text may hold both; the project it belongs to (absent for organisation-wide records); a short reference such as an
 * item key; and the time it last changed.
 */
public final class SearchFields {

    public static final String TITLE = "title";
    public static final String TITLE_ZH = "title_zh";
    public static final String BODY = "body";
    public static final String BODY_ZH = "body_zh";
    public static final String REF = "ref";
    public static final String PROJECT_ID = "projectId";
    public static final String AT = "at";

    public static final String ENGLISH = "english";
    public static final String CHINESE = "chinese";
    public static final String LOWERCASE = "lowercase";

    private SearchFields() {
    }
}
