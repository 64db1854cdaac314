/** The JSON and Markdown API of the weekly sync report. */
package dev.tandem.reporting.api;
