/** The live event stream for pages signed in with a browser session. */
package dev.tandem.livestream.web;
