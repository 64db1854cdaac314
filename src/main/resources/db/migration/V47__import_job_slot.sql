-- Module interchange: one import per project at a time, held by the database. A queued or running job occupies its
-- project's slot (running_project_id = project_id); a finished one frees it (null, which a unique column allows any
-- number of times on H2 and PostgreSQL alike). Two requests that both found the project free cannot both store a job:
-- the second insert waits for the first and then violates the constraint.
alter table import_job add column running_project_id bigint;
-- of unfinished jobs left by an earlier version, the newest per project takes the slot; older ones are stale and the
-- check of heartbeats marks them failed
update import_job j set running_project_id = project_id
where state in ('queued', 'running')
  and not exists (select 1 from import_job o where o.project_id = j.project_id and o.state in ('queued', 'running')
                  and (o.created_at > j.created_at or (o.created_at = j.created_at and o.id > j.id)));
alter table import_job add constraint import_job_one_running unique (running_project_id);
-- finished jobs are deleted once older than the retention, by finished_at
create index import_job_finished on import_job(finished_at);
