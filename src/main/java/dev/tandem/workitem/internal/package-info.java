/**
 * Work items' entities and repositories (items, statuses, dependencies, comments, history, board settings), the rank
 * keys, the board and the item list's filters: not part of the module's API; only the module's own facade, pages and
 * JSON API use them.
 */
package dev.tandem.workitem.internal;
