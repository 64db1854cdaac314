-- Architecture-level items: once the project is baselined, their scope and dates change only through change requests
alter table work_item add column major_technical boolean not null default false;
