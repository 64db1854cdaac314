/**
 * Work items of every type, their workflow, dependencies, comments and per-item history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Work items",
        allowedDependencies = {"shared", "system", "identity", "portfolio"})
package dev.tandem.workitem;
