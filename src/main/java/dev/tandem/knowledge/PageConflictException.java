package dev.tandem.knowledge;

import dev.tandem.knowledge.engine.PageDiff;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import java.util.List;

/**
 * A save based on an older version of the page: nothing was written. It carries both sides, the text sent and the
 * page as it is now, and what changed on the page since the version the editor opened.
 */
public class PageConflictException extends StaleVersionException {

    private final String yourTitle;
    private final String yourBody;
    private final long baseVersion;
    private final PageView current;
    private final List<PageDiff.Row> changesSinceBase;

    PageConflictException(String yourTitle, String yourBody, long baseVersion, PageView current,
                          List<PageDiff.Row> changesSinceBase) {
        super(Text.of("problem.knowledge.page", current.title()), current.version());
        this.yourTitle = yourTitle;
        this.yourBody = yourBody;
        this.baseVersion = baseVersion;
        this.current = current;
        this.changesSinceBase = changesSinceBase;
    }

    public String yourTitle() { return yourTitle; }
    public String yourBody() { return yourBody; }
    public long baseVersion() { return baseVersion; }
    public PageView current() { return current; }
    public List<PageDiff.Row> changesSinceBase() { return changesSinceBase; }
}
