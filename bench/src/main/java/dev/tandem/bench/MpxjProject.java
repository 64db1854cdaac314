package dev.tandem.bench;

import dev.tandem.schedule.engine.LinkType;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;

/** A generated network as an MPXJ project: task-dependent tasks (durations, no resources) on the benchmark calendar. */
final class MpxjProject {

    private MpxjProject() {
    }

    static ProjectFile of(GeneratedNetwork network) {
        ProjectFile file = new ProjectFile();
        BenchCalendar.mpxj(file);
        Task[] tasks = new Task[network.activityCount()];
        for (int i = 0; i < tasks.length; i++) {
            Task task = file.addTask();
            task.setName(network.ids()[i]);
            Duration duration = Duration.getInstance(network.durations()[i], TimeUnit.DAYS);
            task.setDuration(duration);
            task.setActualDuration(Duration.getInstance(0, TimeUnit.DAYS));
            task.setRemainingDuration(duration);
            task.setMilestone(network.durations()[i] == 0);
            tasks[i] = task;
        }
        for (int k = 0; k < network.linkCount(); k++) {
            tasks[network.successors()[k]].addPredecessor(new Relation.Builder()
                    .predecessorTask(tasks[network.predecessors()[k]])
                    .type(type(network.types()[k]))
                    .lag(Duration.getInstance(network.lags()[k], TimeUnit.DAYS)));
        }
        return file;
    }

    private static RelationType type(LinkType type) {
        return switch (type) {
            case FINISH_TO_START -> RelationType.FINISH_START;
            case START_TO_START -> RelationType.START_START;
            case FINISH_TO_FINISH -> RelationType.FINISH_FINISH;
            case START_TO_FINISH -> RelationType.START_FINISH;
        };
    }
}
