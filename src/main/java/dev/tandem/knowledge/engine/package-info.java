/** The wiki's rules as plain Java: the page tree and its moves, revision diffs, and the built-in page templates. */
package dev.tandem.knowledge.engine;
