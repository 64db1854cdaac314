-- The event publication registry (Spring Modulith, schema v2): an event for a listener that runs after commit is
-- stored with the change that raised it and deleted once that listener has succeeded, so what is left after a crash
-- is retried (ADR 0011). The serialized event is JSON; summaries are bounded well below this size.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar(1000000)         not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
