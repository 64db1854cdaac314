/** Reads the project history the core needs through the other modules' facades, and keeps model versions and warnings. */
package dev.tandem.delayrisk.internal;
