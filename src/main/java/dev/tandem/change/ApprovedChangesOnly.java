package dev.tandem.change;

import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.workitem.ChangeControl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Once a project is baselined, its major technical items change only while an approved change request is applied.
 * The schedule is looked up lazily: it is built on the work items that ask this question.
 */
@Component
class ApprovedChangesOnly implements ChangeControl {

    private static final ThreadLocal<Boolean> APPLYING = ThreadLocal.withInitial(() -> false);

    private final ObjectProvider<ScheduleManagement> schedules;

    ApprovedChangesOnly(ObjectProvider<ScheduleManagement> schedules) {
        this.schedules = schedules;
    }

    @Override
    public boolean requiresChangeRequest(long projectId) {
        return !APPLYING.get() && schedules.getObject().hasBaseline(projectId);
    }

    /** Runs the steps of an approved change request, which may change major technical items. */
    static void applying(Runnable steps) {
        APPLYING.set(true);
        try {
            steps.run();
        } finally {
            APPLYING.remove();
        }
    }
}
