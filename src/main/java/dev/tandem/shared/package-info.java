/**
 * The JDK-only kernel every module may use: the acting person, problem types and the audit marker.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", allowedDependencies = {}, type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.tandem.shared;
