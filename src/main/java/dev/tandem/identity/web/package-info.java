/**
 * The browser pages of identity: sign-in, the language switch, people administration and one's own account.
 */
package dev.tandem.identity.web;
