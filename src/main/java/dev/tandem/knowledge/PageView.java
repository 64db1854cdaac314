package dev.tandem.knowledge;

import java.time.Instant;
import java.util.List;

/** A page as the reader sees it: its Markdown, the HTML it renders to, where it sits, and what links to it. */
public record PageView(long id, long spaceId, String spaceName, String projectKey, String title, String body, String html,
                       Long parentId, int position, int revision, long version, String updatedBy, Instant updatedAt,
                       List<PageLink> ancestors, List<PageLink> children, List<PageLink> backlinks,
                       List<AttachmentView> attachments, boolean mayEdit, boolean mayManage) {

    public record PageLink(long id, String title) {
    }
}
