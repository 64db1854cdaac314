/** The JSON API for work items, dependencies, comments and history. */
package dev.tandem.workitem.api;
