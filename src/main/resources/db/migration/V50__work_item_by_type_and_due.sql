-- Item queries that name a type and a due date ("type = bug AND due < …"), with or without more conditions: read
-- the project's items of that type in due order instead of every item of the project.
create index work_item_project_type_due_idx on work_item (project_id, type, due_date);
