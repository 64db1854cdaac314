-- Room for a hundred steps and for the impact assessment of a large project
alter table change_request alter column changes_json set data type varchar(100000);
alter table change_request alter column impact_json set data type varchar(1000000);
