-- Start-up work that must happen once however many Tandem processes start at the same moment on one database (the
-- administrator, the demo organisation) holds this row's lock while it checks and writes.
create table startup_lock (name varchar(32) primary key);
insert into startup_lock (name) values ('startup');
