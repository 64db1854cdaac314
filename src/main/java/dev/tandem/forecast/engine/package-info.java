/**
 * The Monte Carlo forecast over the schedule engine's network: duration distributions and the simulation, plain Java.
 */
package dev.tandem.forecast.engine;
