/**
 * The audit trail page: filtered, paged entries and the administrator's chain verification.
 */
package dev.tandem.audit.web;
