/** The "Suggested: … points" line the item form and the item page load into themselves. */
package dev.tandem.estimation.web;
