/** The project's "Import / export" page: downloads, upload, the mapping step and the dry-run report. */
package dev.tandem.interchange.web;
