/**
 * People, their skills and capacity, organisation roles, personal access tokens and sign-in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"shared", "system"})
package dev.tandem.identity;
