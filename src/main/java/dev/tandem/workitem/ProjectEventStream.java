package dev.tandem.workitem;

import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
 */
@Service
public class ProjectEventStream implements SmartLifecycle {

    public static final int MAX_SUBSCRIBERS = 1000;
    /** Enough for many open tabs; keeps one person from taking every slot of the server. */
    public static final int MAX_SUBSCRIBERS_PER_PERSON = 20;
    private static final Logger log = LoggerFactory.getLogger(ProjectEventStream.class);
    private static final Duration SUBSCRIPTION_TIMEOUT = Duration.ofMinutes(30);

    private final JdbcTemplate jdbc;
    private final PortfolioManagement portfolio;
    private final Clock clock;
    private final Map<Long, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Map<Long, AtomicInteger> perPerson = new ConcurrentHashMap<>();
    private final AtomicInteger subscriberCount = new AtomicInteger();
    private volatile long lastSeen = -1;
    private volatile boolean running;

    ProjectEventStream(JdbcTemplate jdbc, PortfolioManagement portfolio, Clock clock) {
        this.jdbc = jdbc;
        this.portfolio = portfolio;
        this.clock = clock;
    }

    /** A change happened in a project: record it with the change, in the same transaction. */
    @EventListener
    public void on(WorkItemEvent event) {
        String itemKey = event.target().contains("-") ? event.target() : null;
        jdbc.update("insert into project_event (project_id, action, item_key, actor, at) values (?, ?, ?, ?, ?)",
                event.projectId(), event.action(), itemKey, event.actor(), java.sql.Timestamp.from(clock.instant()));
    }

    /** An open stream and the person it was opened for, whose access is checked again on every heartbeat. */
    private record Subscriber(SseEmitter emitter, Actor actor) {
    }

    public SseEmitter subscribe(Actor actor, String projectKey) {
        long projectId = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT).id();
        AtomicInteger mine = perPerson.computeIfAbsent(actor.personId(), id -> new AtomicInteger());
        if (mine.incrementAndGet() > MAX_SUBSCRIBERS_PER_PERSON) {
            mine.decrementAndGet();
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
                    "You have too many live pages open; close some and reload this one.");
        }
        if (subscriberCount.incrementAndGet() > MAX_SUBSCRIBERS) {
            subscriberCount.decrementAndGet();
            mine.decrementAndGet();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "Too many live subscriptions on this server; reload the page later.");
        }
        if (lastSeen < 0) {
            lastSeen = latestId();
        }
        SseEmitter emitter = new SseEmitter(SUBSCRIPTION_TIMEOUT.toMillis());
        Subscriber subscriber = new Subscriber(emitter, actor);
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

    @Scheduled(fixedDelay = 250)
    void pushNewEvents() {
        if (subscriberCount.get() == 0) {
            lastSeen = -1;
            return;
        }
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, project_id, action, item_key, actor from project_event where id > ? order by id limit 500", lastSeen);
        for (Map<String, Object> row : rows) {
            lastSeen = ((Number) row.get("id")).longValue();
            Set<Subscriber> set = subscribers.get(((Number) row.get("project_id")).longValue());
            if (set == null) {
                continue;
            }
            Map<String, Object> data = new java.util.LinkedHashMap<>();
            data.put("action", row.get("action"));
            data.put("item", row.get("item_key"));
            data.put("actor", row.get("actor"));
            for (Subscriber subscriber : set) {
                try {
                    subscriber.emitter().send(SseEmitter.event().id(Long.toString(lastSeen)).name("change").data(data));
                } catch (IOException | IllegalStateException e) {
                    subscriber.emitter().completeWithError(e);
                }
            }
        }
    }

    /**
     * Keeps idle connections open through proxies, finds subscribers that went away, and ends the streams of people
     * who may no longer see the project (removed from it since they subscribed).
     */
    @Scheduled(fixedDelay = 15_000)
    void heartbeat() {
        subscribers.forEach((projectId, set) -> set.forEach(subscriber -> {
            try {
                portfolio.access(subscriber.actor(), projectId, Permission.VIEW_PROJECT);
            } catch (RuntimeException e) {
                subscriber.emitter().complete();
                return;
            }
            try {
                subscriber.emitter().send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException e) {
                subscriber.emitter().completeWithError(e);
            }
        }));
    }

    /** Live updates need only the recent past; older rows are history the audit trail keeps anyway. */
    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void forgetOldEvents() {
        int removed = jdbc.update("delete from project_event where at < ?",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(1))));
        if (removed > 0) {
            log.debug("Removed {} live-update rows older than a day", removed);
        }
    }

    /**
     * Ends every open stream before the web server's graceful shutdown starts waiting for requests to finish:
     * browsers reconnect to another process instead of holding this one open.
     */
    @Override
    public void stop() {
        running = false;
        subscribers.values().forEach(set -> set.forEach(subscriber -> subscriber.emitter().complete()));
        subscribers.clear();
        perPerson.clear();
        subscriberCount.set(0);
    }

    @Override
    public void start() {
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
}
