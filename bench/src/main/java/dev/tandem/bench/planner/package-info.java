/** Benchmarks of the planner's engine on public scheduling instances (PSPLIB), beside the published figures. */
package dev.tandem.bench.planner;
