/** The live event stream of the JSON API. */
package dev.tandem.livestream.api;
