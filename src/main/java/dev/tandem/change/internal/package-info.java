/** Change control's entities, repositories and helpers: not part of the module's API. */
package dev.tandem.change.internal;
