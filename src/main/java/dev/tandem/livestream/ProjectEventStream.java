package dev.tandem.livestream;

import dev.tandem.identity.Credential;
import dev.tandem.identity.IdentityEvent;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectEvent;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Text;
import dev.tandem.sprint.SprintEvent;
import dev.tandem.system.Texts;
import dev.tandem.workitem.WorkItemEvent;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live updates for the boards and Gantt charts open on a project. Changes are written to
 * {@code project_event} in their own transaction; every process tails that table and pushes new rows
 * to its subscribers, so a change made through any process reaches every open page.
 * <p>
 * A stream lives as long as the right to see the project: changes that can take that right away (a token revoked, a
 * person deactivated, a membership removed, a role changed) leave a row in {@code stream_access_change}, and every
 * process re-authorises its open streams when it sees one, within a tick of {@link #pushNewEvents()}. Rows older
 * than a day are removed by {@code internal.LiveUpdateCleanup}.
 * <p>
 * The table is read every {@link #TICK} on a thread of its own, so a long job of the shared scheduler never holds
 * live updates back. Ids are handed out when a row is written but become visible when its transaction commits, so a
 * row can appear behind one already pushed; the ids skipped over are read again for {@link #GAP_WAIT} (a rolled-back
 * transaction leaves its id unused for good).
 */
@Service
public class ProjectEventStream implements SmartLifecycle {

    public static final int MAX_SUBSCRIBERS = 1000;
    /** Enough for many open tabs; keeps one person from taking every slot of the server. */
    public static final int MAX_SUBSCRIBERS_PER_PERSON = 20;
    private static final Logger log = LoggerFactory.getLogger(ProjectEventStream.class);
    private static final Duration SUBSCRIPTION_TIMEOUT = Duration.ofMinutes(30);
    /** How often every process reads new changes: a change reaches the pages open on any node within about this. */
    static final Duration TICK = Duration.ofMillis(100);
    /** How long an id skipped over is looked for again, waiting for the transaction that took it to commit. */
    static final Duration GAP_WAIT = Duration.ofSeconds(10);
    private static final int MAX_GAPS = 1000;

    private final JdbcTemplate jdbc;
    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;
    private final Clock clock;
    private final Map<Long, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> perPerson = new ConcurrentHashMap<>();
    private final AtomicInteger subscriberCount = new AtomicInteger();
    private volatile long lastSeen = -1;
    private volatile long lastAccessChange = -1;
    private volatile boolean running;
    private ScheduledExecutorService tail;
    /** Ids skipped over and when they were first missed (System.nanoTime); touched by the tail thread only. */
    private final Map<Long, Long> gaps = new HashMap<>();

    ProjectEventStream(JdbcTemplate jdbc, PortfolioManagement portfolio, IdentityManagement identity, Clock clock) {
        this.jdbc = jdbc;
        this.portfolio = portfolio;
        this.identity = identity;
        this.clock = clock;
    }

    /** A change happened in a project: record it with the change, in the same transaction. */
    @EventListener
    public void on(WorkItemEvent event) {
        String itemKey = event.target().contains("-") ? event.target() : null;
        record(event.projectId(), event.action(), itemKey, event.actor());
    }

    /** A sprint changed, or an item joined or left one: boards and backlogs show it. */
    @EventListener
    public void on(SprintEvent event) {
        String itemKey = event instanceof SprintEvent.ItemSprintChanged ? event.target() : null;
        record(event.projectId(), event.action(), itemKey, event.actor());
    }

    /**
     * A change outside work items that pages open on the project follow (a meeting's minutes, a retrospective board):
     * recorded like an item change, in the caller's transaction; {@code subject} (may be null) names what changed for
     * the pages that show it. Boards and Gantt charts skip the actions they do not show ({@code meeting.*},
     * {@code retrospective-*}).
     */
    public void announce(long projectId, String action, String subject, String actor) {
        record(projectId, action, subject, actor);
    }

    private void record(long projectId, String action, String itemKey, String actor) {
        jdbc.update("insert into project_event (project_id, action, item_key, actor, at) values (?, ?, ?, ?, ?)",
                projectId, action, itemKey, actor, Timestamp.from(clock.instant()));
    }

    /**
     * A mark that differs whenever a change of the project was recorded since (by any process) or its rows were
     * forgotten: the number of its rows and the highest id, so a change committed after a higher id also counts.
     */
    public String changeMark(long projectId) {
        return jdbc.queryForObject("select count(*), coalesce(max(id), 0) from project_event where project_id = ?",
                (row, n) -> row.getLong(1) + ":" + row.getLong(2), projectId);
    }

    /** Someone may have lost a token, their account or a role: have every process re-authorise its streams. */
    @EventListener
    public void on(IdentityEvent event) {
        if (event instanceof IdentityEvent.TokenRevoked || event instanceof IdentityEvent.PersonUpdated
                || event instanceof IdentityEvent.OrgRoleChanged) {
            recordAccessChange();
        }
    }

    /** Someone may have lost their membership or a role in a project: as above. */
    @EventListener
    public void on(ProjectEvent event) {
        if (event instanceof ProjectEvent.MemberRemoved || event instanceof ProjectEvent.MemberRoleChanged) {
            recordAccessChange();
        }
    }

    private void recordAccessChange() {
        jdbc.update("insert into stream_access_change (at) values (?)", Timestamp.from(clock.instant()));
    }

    /**
     * An open stream, the person and the token (null for a browser session) it was opened with, and its project;
     * the three are checked again whenever access may have changed and on every heartbeat.
     */
    private record Subscriber(SseEmitter emitter, long personId, Long tokenId, long projectId) {
    }

    public SseEmitter subscribe(Credential credential, String projectKey) {
        Actor actor = credential.actor();
        long projectId = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT).id();
        AtomicInteger mine = perPerson.computeIfAbsent(actor.personId(), id -> new AtomicInteger());
        if (mine.incrementAndGet() > MAX_SUBSCRIBERS_PER_PERSON) {
            mine.decrementAndGet();
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
                    Texts.render(Text.of("problem.live.tooManyPages")));
        }
        if (subscriberCount.incrementAndGet() > MAX_SUBSCRIBERS) {
            subscriberCount.decrementAndGet();
            mine.decrementAndGet();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    Texts.render(Text.of("problem.live.serverFull")));
        }
        if (lastSeen < 0) {
            lastSeen = latestId();
        }
        if (lastAccessChange < 0) {
            lastAccessChange = latestAccessChange();
        }
        SseEmitter emitter = new SseEmitter(SUBSCRIPTION_TIMEOUT.toMillis());
        Subscriber subscriber = new Subscriber(emitter, actor.personId(), credential.tokenId(), projectId);
        subscribers.computeIfAbsent(projectId, id -> ConcurrentHashMap.newKeySet()).add(subscriber);
        Runnable remove = () -> {
            Set<Subscriber> set = subscribers.get(projectId);
            if (set != null && set.remove(subscriber)) {
                subscriberCount.decrementAndGet();
                mine.decrementAndGet();
            }
        };
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        try {
            emitter.send(SseEmitter.event().name("ready").data(Map.of("project", projectKey.toUpperCase())));
        } catch (IOException e) {
            remove.run();
        }
        return emitter;
    }

    /** One tick of the tail thread: new changes to the open streams, and streams ended whose reader lost access. */
    void pushNewEvents() {
        if (subscriberCount.get() == 0) {
            lastSeen = -1;
            lastAccessChange = -1;
            gaps.clear();
            return;
        }
        long accessChange = latestAccessChange();
        if (accessChange > lastAccessChange) {
            lastAccessChange = accessChange;
            endStreamsNoLongerAllowed();
        }
        long now = System.nanoTime();
        if (!gaps.isEmpty()) {
            gaps.values().removeIf(since -> now - since > GAP_WAIT.toNanos());
            String ids = gaps.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
            if (!ids.isEmpty()) {
                for (Map<String, Object> row : jdbc.queryForList(
                        "select id, project_id, action, item_key, actor from project_event where id in (" + ids + ")")) {
                    gaps.remove(((Number) row.get("id")).longValue());
                    push(row);
                }
            }
        }
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, project_id, action, item_key, actor from project_event where id > ? order by id limit 500", lastSeen);
        for (Map<String, Object> row : rows) {
            long id = ((Number) row.get("id")).longValue();
            for (long skipped = lastSeen + 1; skipped < id && gaps.size() < MAX_GAPS; skipped++) {
                gaps.put(skipped, now);
            }
            lastSeen = id;
            push(row);
        }
    }

    private void push(Map<String, Object> row) {
        Set<Subscriber> set = subscribers.get(((Number) row.get("project_id")).longValue());
        if (set == null) {
            return;
        }
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("action", row.get("action"));
        data.put("item", row.get("item_key"));
        data.put("actor", row.get("actor"));
        String id = row.get("id").toString();
        for (Subscriber subscriber : set) {
            try {
                subscriber.emitter().send(SseEmitter.event().id(id).name("change").data(data));
            } catch (IOException | IllegalStateException e) {
                subscriber.emitter().completeWithError(e);
            }
        }
    }

    private void tick() {
        try {
            pushNewEvents();
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next tick tries again from where this one stopped
            log.warn("Reading new project events failed: {}", e.toString());
        }
    }

    /**
     * Keeps idle connections open through proxies, finds subscribers that went away, and ends the streams whose
     * token has expired since they opened (the changes that take access away end streams at once).
     */
    @Scheduled(fixedDelay = 15_000)
    void heartbeat() {
        endStreamsNoLongerAllowed();
        subscribers.values().forEach(set -> set.forEach(subscriber -> {
            try {
                subscriber.emitter().send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException e) {
                subscriber.emitter().completeWithError(e);
            }
        }));
    }

    private void endStreamsNoLongerAllowed() {
        subscribers.values().forEach(set -> set.forEach(subscriber -> {
            if (!stillAllowed(subscriber)) {
                subscriber.emitter().complete();
            }
        }));
    }

    /** The token is still valid, the person still active, and their current roles still let them see the project. */
    private boolean stillAllowed(Subscriber subscriber) {
        var actor = identity.currentActor(subscriber.personId(), subscriber.tokenId());
        if (actor.isEmpty()) {
            return false;
        }
        try {
            portfolio.access(actor.get(), subscriber.projectId(), Permission.VIEW_PROJECT);
            return true;
        } catch (NotFoundException | ForbiddenException e) {
            return false;
        }
    }

    /**
     * Ends every open stream before the web server's graceful shutdown starts waiting for requests to finish:
     * browsers reconnect to another process instead of holding this one open.
     */
    @Override
    public void stop() {
        running = false;
        if (tail != null) {
            tail.shutdownNow();
            tail = null;
        }
        subscribers.values().forEach(set -> set.forEach(subscriber -> subscriber.emitter().complete()));
        subscribers.clear();
        perPerson.clear();
        subscriberCount.set(0);
    }

    @Override
    public void start() {
        tail = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "live-updates");
            thread.setDaemon(true);
            return thread;
        });
        tail.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private long latestId() {
        Long id = jdbc.queryForObject("select max(id) from project_event", Long.class);
        return id == null ? 0 : id;
    }

    private long latestAccessChange() {
        Long id = jdbc.queryForObject("select max(id) from stream_access_change", Long.class);
        return id == null ? 0 : id;
    }
}
