-- The daily e-mail digest: a person who chose it gets their e-mails once a day at digest_at on their own clock.
-- Their e-mails wait in the outbox as HELD rows; at that time one DIGEST row is written whose idempotency key names the
-- person and the day's digest time, and the held rows it gathers point to it (digest_id), so a digest is made once
-- and each e-mail is in one digest only.
alter table notification_setting add column digest_at time;
alter table notification_delivery add column digest_id uuid;
create index notification_delivery_person on notification_delivery(person_id, status);
create index notification_delivery_digest on notification_delivery(digest_id);
