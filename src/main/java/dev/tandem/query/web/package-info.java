/** The items list driven by a query, and the pages of saved filters. */
package dev.tandem.query.web;
