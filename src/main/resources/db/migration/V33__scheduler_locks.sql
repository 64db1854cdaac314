-- Jobs that must run once across the nodes sharing this database (weekly snapshots, the delay-risk warning check and
-- nightly training, clean-up) take a row here while they run; lock_until bounds a lock whose node died holding it.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
