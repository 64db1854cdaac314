/** The wiki's pages: spaces with their tree, page view, editor with preview, history, diff and templates. */
package dev.tandem.knowledge.web;
