/**
 * The organisation's portfolios and projects, project membership and the role-based permission matrix.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio", allowedDependencies = {"shared", "system", "identity"})
package dev.tandem.portfolio;
