/** Pages for change requests: the project's list and one request with its impact and the board's votes. */
package dev.tandem.change.web;
