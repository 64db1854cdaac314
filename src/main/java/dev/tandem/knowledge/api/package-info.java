/** The wiki's JSON API under {@code /api/v1}: spaces, pages, revisions, diffs, restores, templates and attachments. */
package dev.tandem.knowledge.api;
