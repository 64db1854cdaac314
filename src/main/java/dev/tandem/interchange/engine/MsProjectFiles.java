package dev.tandem.interchange.engine;

import dev.tandem.shared.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mpxj.ConstraintType;
import org.mpxj.Duration;
import org.mpxj.MPXJException;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mpp.MPPReader;
import org.mpxj.mspdi.MSPDIReader;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * MS Project files through MPXJ: MSPDI XML and {@code .mpp} read into a {@link Plan}, and a plan written as MSPDI,
 * which MS Project and ProjectLibre open. What a file is comes from its first bytes, never from its name.
 */
public final class MsProjectFiles {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final LocalTime DAY_START = LocalTime.of(8, 0);
    private static final LocalTime DAY_END = LocalTime.of(17, 0);

    private MsProjectFiles() {
    }

    public enum Format { MSPDI, MPP }

    /** The format the content is in, or an {@link UnreadableFile} naming what it seems to be instead. */
    public static Format sniff(byte[] content) {
        if (content.length >= OLE2.length && java.util.Arrays.equals(content, 0, OLE2.length, OLE2, 0, OLE2.length)) {
            return Format.MPP;
        }
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        if (head.startsWith("<") && head.contains("<Project") && head.contains("schemas.microsoft.com/project")) {
            if (head.toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
                throw new UnreadableFile(Text.of("problem.interchange.doctype"));
            }
            return Format.MSPDI;
        }
        Text seems = seemsToBe(content);
        throw new UnreadableFile(seems == null ? Text.of("problem.interchange.notMsProject")
                : Text.of("problem.interchange.notMsProjectSeems", seems));
    }

    /** A short guess at what a refused file is, so the person sees why it was refused. */
    static Text seemsToBe(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (content.length == 0) {
            return Text.of("problem.interchange.seemsEmpty");
        } else if (head.startsWith("\u0089png")) {
            return Text.of("problem.interchange.seemsPng");
        } else if (head.startsWith("%pdf")) {
            return Text.of("problem.interchange.seemsPdf");
        } else if (head.startsWith("pk")) {
            return Text.of("problem.interchange.seemsZip");
        } else if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return Text.of("problem.interchange.seemsHtml");
        }
        return null;
    }

    public static Plan read(byte[] content) {
        Format format = sniff(content);
        ProjectFile file;
        try {
            file = format == Format.MPP ? new MPPReader().read(new ByteArrayInputStream(content))
                    : new MSPDIReader().read(new ByteArrayInputStream(content));
        } catch (MPXJException | RuntimeException e) {
            throw new UnreadableFile(Text.of("problem.interchange.msProjectUnreadable"), e);
        }
        if (file == null) {
            throw new UnreadableFile(Text.of("problem.interchange.msProjectUnreadable"));
        }
        return plan(file);
    }

    static Plan plan(ProjectFile file) {
        ProjectCalendar calendar = file.getDefaultCalendar();
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        List<Plan.CalendarDay> days = new ArrayList<>();
        if (calendar != null) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (calendar.isWorkingDay(d)) {
                    weekdays.add(d);
                }
            }
            for (ProjectCalendarException e : calendar.getCalendarExceptions()) {
                for (ProjectCalendarException one : e.getRecurring() == null ? List.of(e) : e.getExpandedExceptions()) {
                    for (LocalDate d = one.getFromDate(); d != null && !d.isAfter(one.getToDate()); d = d.plusDays(1)) {
                        days.add(new Plan.CalendarDay(d, one.getWorking(), e.getName()));
                        if (days.size() > 5000) {
                            throw new UnreadableFile(Text.of("problem.interchange.tooManyExceptionDays"));
                        }
                    }
                }
            }
        }
        if (weekdays.isEmpty()) {
            weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        }
        List<Plan.Task> tasks = new ArrayList<>();
        List<Plan.Link> links = new ArrayList<>();
        for (Task t : file.getTasks()) {
            if (t.getUniqueID() == null || t.getUniqueID() == 0 || t.getNull()) {
                continue; // the project summary task, and blank rows
            }
            Task parent = t.getParentTask();
            String parentId = parent == null || parent.getUniqueID() == null || parent.getUniqueID() == 0 ? null
                    : parent.getUniqueID().toString();
            Plan.Kind kind = !t.getChildTasks().isEmpty() || t.getSummary() ? Plan.Kind.SUMMARY
                    : t.getMilestone() ? Plan.Kind.MILESTONE : Plan.Kind.TASK;
            List<String> resources = new ArrayList<>();
            for (ResourceAssignment a : t.getResourceAssignments()) {
                if (a.getResource() != null && a.getResource().getUniqueID() != null) {
                    resources.add(a.getResource().getUniqueID().toString());
                }
            }
            Number percent = t.getPercentageComplete();
            tasks.add(new Plan.Task(t.getUniqueID().toString(), parentId, t.getName() == null ? "" : t.getName(),
                    t.getNotes(), kind, date(t.getStart()), date(t.getFinish()), days(t.getDuration(), file),
                    constraint(t.getConstraintType()), date(t.getConstraintDate()), date(t.getDeadline()),
                    percent == null ? 0 : percent.intValue(), resources));
            for (Relation r : t.getPredecessors()) {
                if (r.getPredecessorTask() != null && r.getPredecessorTask().getUniqueID() != null) {
                    links.add(new Plan.Link(r.getPredecessorTask().getUniqueID().toString(), t.getUniqueID().toString(),
                            type(r.getType()), days(r.getLag(), file)));
                }
            }
        }
        List<Plan.Resource> resources = new ArrayList<>();
        for (Resource r : file.getResources()) {
            if (r.getUniqueID() != null && r.getUniqueID() != 0 && r.getName() != null) {
                resources.add(new Plan.Resource(r.getUniqueID().toString(), r.getName(), r.getEmailAddress()));
            }
        }
        var properties = file.getProjectProperties();
        return new Plan(properties.getProjectTitle() != null ? properties.getProjectTitle() : properties.getName(),
                date(properties.getStartDate()), weekdays, days, tasks, links, resources);
    }

    private static LocalDate date(LocalDateTime value) {
        return value == null ? null : value.toLocalDate();
    }

    /** Whole working days, rounded; a percentage or an unknown unit counts as none. */
    private static int days(Duration duration, ProjectFile file) {
        if (duration == null || duration.getUnits() == null || duration.getUnits() == TimeUnit.PERCENT
                || duration.getUnits() == TimeUnit.ELAPSED_PERCENT) {
            return 0;
        }
        try {
            return (int) Math.round(duration.convertUnits(TimeUnit.DAYS, file.getProjectProperties()).getDuration());
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static Plan.Constraint constraint(ConstraintType type) {
        if (type == null) {
            return Plan.Constraint.AS_SOON_AS_POSSIBLE;
        }
        return switch (type) {
            case AS_LATE_AS_POSSIBLE -> Plan.Constraint.AS_LATE_AS_POSSIBLE;
            case MUST_START_ON, START_ON -> Plan.Constraint.MUST_START_ON;
            case MUST_FINISH_ON, FINISH_ON -> Plan.Constraint.MUST_FINISH_ON;
            case START_NO_EARLIER_THAN -> Plan.Constraint.START_NO_EARLIER_THAN;
            case START_NO_LATER_THAN -> Plan.Constraint.START_NO_LATER_THAN;
            case FINISH_NO_EARLIER_THAN -> Plan.Constraint.FINISH_NO_EARLIER_THAN;
            case FINISH_NO_LATER_THAN -> Plan.Constraint.FINISH_NO_LATER_THAN;
            default -> Plan.Constraint.AS_SOON_AS_POSSIBLE;
        };
    }

    private static String type(RelationType type) {
        if (type == null) {
            return "FS";
        }
        return switch (type) {
            case START_START -> "SS";
            case FINISH_FINISH -> "FF";
            case START_FINISH -> "SF";
            default -> "FS";
        };
    }

    private static RelationType relationType(String type) {
        return switch (type) {
            case "SS" -> RelationType.START_START;
            case "FF" -> RelationType.FINISH_FINISH;
            case "SF" -> RelationType.START_FINISH;
            default -> RelationType.FINISH_START;
        };
    }

    /**
     * The plan as MSPDI XML. Tasks carry their durations in working days, their links and, where the plan holds them
     * there, a start-no-earlier-than, so a tool that schedules them again on the same calendar gets the same dates.
     */
    public static byte[] write(Plan plan) {
        ProjectFile file = new ProjectFile();
        ProjectCalendar calendar = file.addDefaultBaseCalendar();
        file.setDefaultCalendar(calendar);
        for (DayOfWeek d : DayOfWeek.values()) {
            boolean working = plan.workingWeekdays().contains(d);
            calendar.setWorkingDay(d, working);
            if (working && calendar.getCalendarHours(d).isEmpty()) {
                var hours = calendar.addCalendarHours(d);
                hours.add(ProjectCalendar.DEFAULT_WORKING_MORNING);
                hours.add(ProjectCalendar.DEFAULT_WORKING_AFTERNOON);
            }
        }
        for (Plan.CalendarDay day : plan.calendarDays()) {
            ProjectCalendarException e = calendar.addCalendarException(day.day());
            e.setName(day.name());
            if (day.working()) {
                e.add(ProjectCalendar.DEFAULT_WORKING_MORNING);
                e.add(ProjectCalendar.DEFAULT_WORKING_AFTERNOON);
            }
        }
        var properties = file.getProjectProperties();
        properties.setProjectTitle(plan.name());
        properties.setName(plan.name());
        if (plan.start() != null) {
            properties.setStartDate(plan.start().atTime(DAY_START));
        }
        Map<String, Resource> resources = new HashMap<>();
        for (Plan.Resource r : plan.resources()) {
            Resource resource = file.addResource();
            resource.setName(r.name());
            resource.setEmailAddress(r.email());
            resources.put(r.id(), resource);
        }
        Map<String, Task> tasks = new HashMap<>();
        for (Plan.Task t : plan.tasks()) {
            Task parent = t.parentId() == null ? null : tasks.get(t.parentId());
            Task task = parent == null ? file.addTask() : parent.addTask();
            task.setName(t.name());
            task.setNotes(t.notes());
            boolean milestone = t.kind() == Plan.Kind.MILESTONE;
            task.setMilestone(milestone);
            if (t.start() != null) {
                task.setStart(milestone ? t.finish().atTime(DAY_END) : t.start().atTime(DAY_START));
                task.setFinish(t.finish().atTime(DAY_END));
            }
            if (t.kind() != Plan.Kind.SUMMARY) {
                Duration duration = Duration.getInstance(milestone ? 0 : t.durationDays(), TimeUnit.DAYS);
                task.setDuration(duration);
                task.setActualDuration(Duration.getInstance(0, TimeUnit.DAYS));
                task.setRemainingDuration(duration);
            }
            task.setPercentageComplete(t.percentComplete());
            if (t.constraint() == Plan.Constraint.START_NO_EARLIER_THAN && t.constraintDate() != null) {
                task.setConstraintType(ConstraintType.START_NO_EARLIER_THAN);
                task.setConstraintDate(milestone ? t.constraintDate().atTime(DAY_END) : t.constraintDate().atTime(DAY_START));
            } else {
                task.setConstraintType(ConstraintType.AS_SOON_AS_POSSIBLE);
            }
            if (t.deadline() != null) {
                task.setDeadline(t.deadline().atTime(DAY_END));
            }
            for (String id : t.resources()) {
                Resource r = resources.get(id);
                if (r != null) {
                    task.addResourceAssignment(r);
                }
            }
            tasks.put(t.id(), task);
        }
        for (Plan.Link link : plan.links()) {
            Task predecessor = tasks.get(link.predecessorId());
            Task successor = tasks.get(link.successorId());
            if (predecessor != null && successor != null) {
                successor.addPredecessor(new Relation.Builder().predecessorTask(predecessor)
                        .type(relationType(link.type())).lag(Duration.getInstance(link.lagDays(), TimeUnit.DAYS)));
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            new MSPDIWriter().write(file, out);
        } catch (IOException e) {
            throw new IllegalStateException("Writing MSPDI into memory failed", e);
        }
        return out.toByteArray();
    }
}
