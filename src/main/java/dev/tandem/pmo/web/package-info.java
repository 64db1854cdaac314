/** The portfolio page and its Markdown download. */
package dev.tandem.pmo.web;
