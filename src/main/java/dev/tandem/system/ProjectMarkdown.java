package dev.tandem.system;

import dev.tandem.shared.Actor;

/**
 * Renders the Markdown a project's people write outside the wiki (item descriptions and comments, meeting agendas and
 * minutes) the way wiki pages render: {@code [[Page title]]} links to the project's wiki, item keys the reader may
 * see link to their items. Answered by the wiki, which knows the titles; safe HTML either way.
 */
public interface ProjectMarkdown {

    String render(Actor actor, String projectKey, String markdown);
}
