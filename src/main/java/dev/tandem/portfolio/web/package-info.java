/**
 * The browser pages of the portfolio: the project list, opening a project and managing its members.
 */
package dev.tandem.portfolio.web;
