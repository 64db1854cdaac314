/**
 * The item query language (ANTLR grammar, compiled to one database query over the items the reader can see), saved
 * filters private or shared with a project, and subscriptions that tell a person of new matches in their inbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Item queries",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem", "schedule"})
package dev.tandem.query;
