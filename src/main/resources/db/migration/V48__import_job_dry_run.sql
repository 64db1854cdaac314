-- Module interchange: the dry run of a large file runs as a job too. A dry-run job writes nothing (its transaction
-- is always rolled back) and keeps the report of what the import would do.
alter table import_job add column dry_run boolean default false not null;
