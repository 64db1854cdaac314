/** The JSON API for change requests and the review board. */
package dev.tandem.change.api;
