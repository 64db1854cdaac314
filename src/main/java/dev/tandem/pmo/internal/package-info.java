/** The portfolio view's Markdown for the monthly alignment meeting. */
package dev.tandem.pmo.internal;
