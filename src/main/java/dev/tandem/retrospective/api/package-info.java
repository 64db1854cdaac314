/** The {@code /api/v1} JSON resources of retrospectives and process templates; they call only the module's facades. */
package dev.tandem.retrospective.api;
