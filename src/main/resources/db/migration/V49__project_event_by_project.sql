-- Pages ask whether a project changed since they last computed something from it (the delay-risk marks): the
-- number and the highest id of its rows, answered from this index.
create index project_event_project_idx on project_event (project_id, id);
