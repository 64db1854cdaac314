/** From the schedule's network to the simulation's inputs: which distribution each item's duration follows. */
package dev.tandem.forecast.internal;
