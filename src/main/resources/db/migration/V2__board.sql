-- A single project-wide rank orders the backlog and every board column; moving an item rewrites its key only.
alter table work_item add column item_rank varchar(255);
update work_item set item_rank = lpad(cast(item_number as varchar(10)), 8, '0');
alter table work_item alter column item_rank set not null;
create index work_item_rank_idx on work_item (project_id, item_rank);

alter table workflow_status add column wip_limit integer;

create table board_settings (
    project_id     bigint primary key references project(id) on delete cascade,
    wip_hard_limit boolean not null default false,
    version        bigint  not null default 0
);
insert into board_settings (project_id, wip_hard_limit) select id, false from project;
