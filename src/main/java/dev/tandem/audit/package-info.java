/**
 * Listens to every auditable event and appends it to a SHA-256 hash chain; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
package dev.tandem.audit;
