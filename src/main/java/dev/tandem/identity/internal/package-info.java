/** Sign-in, tokens and request security; nothing here is called by other modules. */
package dev.tandem.identity.internal;
