/** How an import is written through the work-item and schedule facades, and the keys items had in their files. */
package dev.tandem.interchange.internal;
