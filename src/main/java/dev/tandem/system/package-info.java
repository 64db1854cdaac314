/**
 * Cross-cutting web plumbing: problem responses, error pages, Markdown rendering, the clock.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", allowedDependencies = "shared",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.tandem.system;
