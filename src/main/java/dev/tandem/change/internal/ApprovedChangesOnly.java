package dev.tandem.change.internal;

import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.workitem.ChangeControl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Once a project is baselined, its major technical items change only through an approved change request (whose
 * steps run as {@link dev.tandem.workitem.ApprovedChange}, which change control does not stop). The schedule is
 * looked up lazily: it is built on the work items that ask this question.
 */
@Component
class ApprovedChangesOnly implements ChangeControl {

    private final ObjectProvider<ScheduleManagement> schedules;

    ApprovedChangesOnly(ObjectProvider<ScheduleManagement> schedules) {
        this.schedules = schedules;
    }

    @Override
    public boolean requiresChangeRequest(long projectId) {
        return schedules.getObject().hasBaseline(projectId);
    }
}
