/** The webhook module's plain-Java rules: the signature scheme and the retry schedule. */
package dev.tandem.webhook.engine;
