-- A notice keeps the message key and arguments it was written from, so it reads in each reader's language; the
-- English text stays in message for notices written before (they have no key) and as the fallback.
alter table notification add column message_key varchar(100);
alter table notification add column message_args varchar(4000);
