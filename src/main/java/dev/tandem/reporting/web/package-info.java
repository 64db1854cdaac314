/** The weekly sync page and its Markdown download. */
package dev.tandem.reporting.web;
