-- A person's time zone for showing times; null means "the zone the browser reports".
alter table person add column time_zone varchar(64);
