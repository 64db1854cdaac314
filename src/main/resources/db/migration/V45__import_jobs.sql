-- Module interchange: an import runs in the background as a job. The row outlives the job: its state (queued,
-- running, done, failed), its progress (rows done of total), the report once done or refused (JSON), and the reason
-- of a failure as a message key with its arguments (JSON), rendered in the reader's language. A running job touches
-- heartbeat_at every few seconds; one whose heartbeat stopped (its node stopped) is marked failed.
create table import_job (
    id            uuid          primary key,
    project_id    bigint        not null references project(id) on delete cascade,
    person_id     bigint        not null references person(id) on delete cascade,
    source        varchar(40)   not null,
    state         varchar(16)   not null,
    done          integer       not null,
    total         integer       not null,
    report        text,
    reason_key    varchar(100),
    reason_args   varchar(2000),
    created_by    varchar(100)  not null,
    created_at    timestamp with time zone not null,
    started_at    timestamp with time zone,
    finished_at   timestamp with time zone,
    heartbeat_at  timestamp with time zone not null
);
create index import_job_project on import_job(project_id, created_at);
create index import_job_state on import_job(state, heartbeat_at);
