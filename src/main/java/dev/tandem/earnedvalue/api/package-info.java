/** The earned value JSON API under /api/v1. */
package dev.tandem.earnedvalue.api;
