/** The JSON API for effort suggestions. */
package dev.tandem.estimation.api;
