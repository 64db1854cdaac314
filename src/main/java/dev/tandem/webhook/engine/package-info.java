/** The webhook module's plain-Java rules: the signature scheme, the retry schedule and reading an item edit. */
package dev.tandem.webhook.engine;
