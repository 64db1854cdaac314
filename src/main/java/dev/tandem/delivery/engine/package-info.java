/**
 * The DORA metrics over a hand of records (changes, production deployments, incidents): plain Java, no Spring, JPA
 * or Jackson, and no clock; the caller says which window to measure.
 */
package dev.tandem.delivery.engine;
