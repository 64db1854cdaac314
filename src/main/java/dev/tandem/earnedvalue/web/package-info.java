/** The earned value page and its S-curve. */
package dev.tandem.earnedvalue.web;
