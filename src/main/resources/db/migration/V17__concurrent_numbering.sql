-- Change-request numbers come from a counter row per project: its row lock orders drafts made at the same moment,
-- as item_key_counter does for item keys.
create table change_request_counter (
    project_id  bigint  primary key references project(id) on delete cascade,
    last_number integer not null
);
insert into change_request_counter (project_id, last_number)
    select project_id, max(cr_number) from change_request group by project_id;

-- Baselines are numbered per project, so two captured at the same moment cannot both be the first (or the n-th).
alter table baseline add column ordinal integer;
update baseline b set ordinal = (select count(*) from baseline b2 where b2.project_id = b.project_id and b2.id <= b.id);
alter table baseline alter column ordinal set not null;
alter table baseline add constraint baseline_project_ordinal_unique unique (project_id, ordinal);
