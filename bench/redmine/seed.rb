# Seeds a fresh Redmine for ./tandem bench redmine (run with `rails runner`): a public project with 2,000 issues
# and the finish-to-start links of the given file as "precedes" relations, the same network Tandem is given.
# Issues and relations are written with insert_all (no callbacks), as a migration would, since creating them one by
# one through the models takes minutes; the REST API is enabled, the issues' ids written to <ids file> in the order
# of the links' numbers and admin's API key printed on the last line.
# Usage: rails runner seed.rb <links file: "predecessor successor" item numbers a line> <ids file> <admin password>
links_file, ids_file, password = ARGV
links = File.readlines(links_file).map { |line| line.split.map(&:to_i) }

Setting.rest_api_enabled = '1'
# no mail at each edit: there is no mail server, and delivery would cost Redmine time Tandem does not spend
Setting.notified_events = []
admin = User.find_by_login('admin')
admin.mail_notification = 'none'
admin.password = password
admin.password_confirmation = password
admin.must_change_passwd = false
admin.save!

project = Project.new(name: 'Benchmark', identifier: 'bench', is_public: true)
project.trackers = Tracker.all
project.enabled_module_names = %w[issue_tracking gantt]
project.save!

tracker = Tracker.first
status = IssueStatus.order(:position).first
priority = IssuePriority.default || IssuePriority.first
start = Date.new(2027, 1, 4)
now = Time.now
rows = (1..2000).map do |n|
  { project_id: project.id, tracker_id: tracker.id, status_id: status.id, priority_id: priority.id,
    author_id: admin.id, subject: "Task #{n}", description: "Benchmark task #{n}",
    start_date: start + (n % 365), due_date: start + (n % 365) + 1 + (n % 10),
    estimated_hours: 8 * (1 + n % 5), done_ratio: 0, is_private: false, lock_version: 0,
    lft: 1, rgt: 2, created_on: now, updated_on: now }
end
Issue.insert_all!(rows)
ids = Issue.where(project_id: project.id).order(:id).pluck(:id)
Issue.where(project_id: project.id).update_all('root_id = id')
relations = links.map do |from, to|
  { issue_from_id: ids[from - 1], issue_to_id: ids[to - 1], relation_type: 'precedes', delay: 0 }
end
IssueRelation.insert_all!(relations)
File.write(ids_file, ids.join("\n") + "\n")
ActiveRecord::Base.connection.execute('analyze')
puts "#{ids.size} issues (ids #{ids.first}..#{ids.last}), #{IssueRelation.count} precedes relations"
puts admin.api_key
