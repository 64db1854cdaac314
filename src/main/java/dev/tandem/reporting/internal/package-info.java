/** The weekly snapshots of the critical path and the sync report's Markdown. */
package dev.tandem.reporting.internal;
