-- The forecast and milestone dates as they stood in each ISO week, so a past week's sync report shows what was known then
create table forecast_snapshot (
    project_id      bigint       not null references project(id) on delete cascade,
    iso_week        varchar(8)   not null,
    baseline_name   varchar(128),
    planned_finish  date,
    forecast_finish date,
    taken_at        timestamp with time zone not null,
    primary key (project_id, iso_week)
);

create table forecast_snapshot_milestone (
    project_id    bigint       not null,
    iso_week      varchar(8)   not null,
    seq           int          not null,
    item_key      varchar(20)  not null,
    title         varchar(255) not null,
    done          boolean      not null,
    baseline_date date,
    planned_date  date,
    forecast_date date,
    slip_days     int          not null,
    critical      boolean      not null,
    primary key (project_id, iso_week, seq),
    foreign key (project_id, iso_week) references forecast_snapshot (project_id, iso_week) on delete cascade
);
