package dev.tandem.knowledge;

import java.util.List;

/**
 * A space with its pages in reading order; {@code projectKey} is null for an organisation space. The flags say what
 * the reader may do there.
 */
public record SpaceView(long id, String key, String name, String description, String projectKey, List<TreeEntry> pages,
                        boolean mayEdit, boolean mayManage) {

    /** A page in the space's table of contents, at its depth (0 at the top). */
    public record TreeEntry(long id, String title, Long parentId, int position, int depth) {
    }
}
