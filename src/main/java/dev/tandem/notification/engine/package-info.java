/** Plain Java parts of notifications: chat providers' signatures, quiet hours, unsubscribe tokens. */
package dev.tandem.notification.engine;
