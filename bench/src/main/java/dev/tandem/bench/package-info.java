/** JMH benchmarks of the schedule engine: a full pass, a bare integer pass, MPXJ's scheduler and incremental edits. */
package dev.tandem.bench;
