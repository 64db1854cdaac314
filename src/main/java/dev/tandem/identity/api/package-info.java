/** The JSON API for people and the signed-in person's tokens. */
package dev.tandem.identity.api;
