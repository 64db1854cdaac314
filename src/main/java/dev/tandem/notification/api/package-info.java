/** The JSON API of the signed-in person's inbox. */
package dev.tandem.notification.api;
