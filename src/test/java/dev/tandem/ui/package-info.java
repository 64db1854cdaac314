/**
 * Tests of the browser UI as a whole: message bundles, templates, pages over HTTP and in a real browser.
 */
package dev.tandem.ui;
