/** The inbox page and the unread count in the page header. */
package dev.tandem.notification.web;
