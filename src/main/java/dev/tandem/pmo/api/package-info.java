/** The portfolio view under {@code /api/v1}. */
package dev.tandem.pmo.api;
