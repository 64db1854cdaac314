/**
 * Reading and writing plan files, plain Java: MS Project files through MPXJ, Jira's CSV export, and the mapping of
 * both onto the items, links and calendar days an import writes.
 */
package dev.tandem.interchange.engine;
