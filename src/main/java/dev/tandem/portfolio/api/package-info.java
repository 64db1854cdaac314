/** The JSON API for projects and their members. */
package dev.tandem.portfolio.api;
