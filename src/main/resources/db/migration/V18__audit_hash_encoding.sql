-- Entries written from now on are hashed with every field length-prefixed and a missing field told apart from an
-- empty one (encoding 2). Entries already written keep the encoding they were hashed with (1), so the chain verifies.
alter table audit_entry add column hash_encoding smallint not null default 1;
