-- The review board becomes a configured list of project members, and gains the QUORUM rule.
-- No rows for a project keep today's board: its PM, EM and architects.
create table review_board_member (
    project_id bigint not null references review_board(project_id) on delete cascade,
    person_id  bigint not null references person(id) on delete cascade,
    primary key (project_id, person_id)
);

alter table review_board add column quorum integer check (quorum >= 1);

-- widen the rule's check: a new column with the new check replaces the old one (dropping it drops its check)
alter table review_board add column rule_with_quorum varchar(12) not null default 'ALL'
    check (rule_with_quorum in ('ALL', 'MAJORITY', 'QUORUM'));
update review_board set rule_with_quorum = decision_rule;
alter table review_board drop column decision_rule;
alter table review_board rename column rule_with_quorum to decision_rule;
