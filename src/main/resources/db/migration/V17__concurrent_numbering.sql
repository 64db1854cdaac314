-- Every per-project number (item keys PAY-1, change requests CR-1, risks, tech debt, ADRs) comes from one counter row
-- per project and kind: the row lock orders takers at the same moment, so a number is never handed out twice.
create table project_counter (
    project_id  bigint      not null references project(id) on delete cascade,
    kind        varchar(32) not null,
    last_number integer     not null,
    primary key (project_id, kind)
);
insert into project_counter (project_id, kind, last_number)
    select project_id, 'item', last_number from item_key_counter;
insert into project_counter (project_id, kind, last_number)
    select project_id, 'change-request', max(cr_number) from change_request group by project_id;
insert into project_counter (project_id, kind, last_number)
    select project_id, 'risk', max(risk_number) from risk group by project_id;
insert into project_counter (project_id, kind, last_number)
    select project_id, 'tech-debt', max(debt_number) from tech_debt group by project_id;
insert into project_counter (project_id, kind, last_number)
    select project_id, 'adr', max(adr_number) from adr group by project_id;
drop table item_key_counter;

-- Baselines are numbered per project, so two captured at the same moment cannot both be the first (or the n-th).
alter table baseline add column ordinal integer;
update baseline b set ordinal = (select count(*) from baseline b2 where b2.project_id = b.project_id and b2.id <= b.id);
alter table baseline alter column ordinal set not null;
alter table baseline add constraint baseline_project_ordinal_unique unique (project_id, ordinal);
