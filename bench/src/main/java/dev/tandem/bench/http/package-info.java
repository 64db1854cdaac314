/** An HTTP load harness for a Tandem already running on the loopback interface. */
package dev.tandem.bench.http;
