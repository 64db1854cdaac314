/**
 * Live updates for the pages open on a project (boards, Gantt charts, meetings, retrospectives): changes recorded in
 * {@code project_event} with the change, pushed to each process's open event streams (server-sent events), streams
 * ended when their reader loses access, and the rows forgotten after a day. Modules announce their changes through
 * {@link dev.tandem.livestream.ProjectEventStream}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live updates",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem", "sprint"})
package dev.tandem.livestream;
