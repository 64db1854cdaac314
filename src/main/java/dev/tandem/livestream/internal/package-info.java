/** The clean-up of old live-update rows. */
package dev.tandem.livestream.internal;
