/** The JSON API for reading and verifying the audit trail. */
package dev.tandem.audit.api;
