/** The quality module's {@code /api/v1} JSON controllers. */
package dev.tandem.quality.api;
