/**
 * The browser pages of work items: a project's overview, the filtered item list, the board and the item page.
 */
package dev.tandem.workitem.web;
