/**
 * Change control's rules over plain values: the impact of a proposed change on a plan snapshot and the review board's
 * tally. No framework, so each rule is tested by hand.
 */
package dev.tandem.change.engine;
