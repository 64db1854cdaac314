package dev.tandem.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every write the server answered with 2xx during the run, and the check afterwards that each one is there: an item's
 * version is at least the highest one a move or an edit got back and its description is the one the newest
 * acknowledged edit wrote (unless a later write, whose answer the run never read, made the version newer still), each acknowledged comment is in its item's comments, each submitted change request is in
 * review or decided, and each acknowledged vote is among its request's votes.
 */
final class Ledger {

    private record Edit(long version, String description) {
    }

    private record Vote(long request, String username) {
    }

    private record Comment(String item, long id) {
    }

    private static final Map<String, Long> ITEM_VERSIONS = new ConcurrentHashMap<>();
    private static final Map<String, Edit> LAST_EDITS = new ConcurrentHashMap<>();
    private static final ConcurrentLinkedQueue<Comment> COMMENTS = new ConcurrentLinkedQueue<>();
    private static final Set<Long> SUBMITTED = ConcurrentHashMap.newKeySet();
    private static final ConcurrentLinkedQueue<Vote> VOTES = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger ACKNOWLEDGED = new AtomicInteger();
    private static final AtomicInteger CONFLICTS = new AtomicInteger();

    private Ledger() {
    }

    static void moved(String item, long version) {
        ACKNOWLEDGED.incrementAndGet();
        ITEM_VERSIONS.merge(item, version, Math::max);
    }

    static void edited(String item, long version, String description) {
        moved(item, version);
        LAST_EDITS.merge(item, new Edit(version, description), (a, b) -> a.version() >= b.version() ? a : b);
    }

    static void commented(String item, long id) {
        ACKNOWLEDGED.incrementAndGet();
        COMMENTS.add(new Comment(item, id));
    }

    static void submitted(long request) {
        ACKNOWLEDGED.incrementAndGet();
        SUBMITTED.add(request);
    }

    static void voted(long request, String username) {
        ACKNOWLEDGED.incrementAndGet();
        VOTES.add(new Vote(request, username));
    }

    /** A version conflict (409) on an edit or a move: the client re-read and tried once more, or gave up. */
    static void conflict() {
        CONFLICTS.incrementAndGet();
    }

    /** Writes answered with 2xx (a drafted and submitted change request counts once, at its submission). */
    static int acknowledged() {
        return ACKNOWLEDGED.get();
    }

    static int conflicts() {
        return CONFLICTS.get();
    }

    /** Reads everything back as the administrator; prints each lost write and returns how many there are. */
    static int check(String base, String authorization) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> lost = new ArrayList<>();
        Set<String> items = new HashSet<>(ITEM_VERSIONS.keySet());
        COMMENTS.forEach(c -> items.add(c.item()));
        for (String key : items) {
            JsonNode item = Fixture.send(client, base, "GET", "/api/v1/items/" + key, authorization, null, 200);
            long version = item.path("version").asLong();
            Long acknowledged = ITEM_VERSIONS.get(key);
            if (acknowledged != null && version < acknowledged) {
                lost.add(key + ": version " + version + " but a write was answered with version " + acknowledged);
            }
            Edit edit = LAST_EDITS.get(key);
            // a newer version than any answered write means a later write whose answer the run never read (it ended
            // while the request was under way): the description is that write's, so only the version can be judged
            if (edit != null && version == acknowledged && !edit.description().equals(item.path("description").asText())) {
                lost.add(key + ": the edit answered with version " + edit.version() + " is not in its description");
            }
        }
        Map<String, Set<Long>> commentIds = new ConcurrentHashMap<>();
        for (Comment comment : COMMENTS) {
            Set<Long> ids = commentIds.get(comment.item());
            if (ids == null) {
                ids = new HashSet<>();
                for (JsonNode c : Fixture.send(client, base, "GET", "/api/v1/items/" + comment.item() + "/comments",
                        authorization, null, 200)) {
                    ids.add(c.path("id").asLong());
                }
                commentIds.put(comment.item(), ids);
            }
            if (!ids.contains(comment.id())) {
                lost.add(comment.item() + ": comment " + comment.id() + " is missing");
            }
        }
        Map<Long, JsonNode> requests = new ConcurrentHashMap<>();
        Set<Long> toRead = new HashSet<>(SUBMITTED);
        VOTES.forEach(v -> toRead.add(v.request()));
        for (long id : toRead) {
            requests.put(id, Fixture.send(client, base, "GET", "/api/v1/change-requests/" + id, authorization, null, 200));
        }
        for (long id : SUBMITTED) {
            if ("DRAFT".equals(requests.get(id).path("state").asText())) {
                lost.add("change request " + id + ": submitted but still a draft");
            }
        }
        for (Vote vote : VOTES) {
            boolean found = false;
            for (JsonNode v : requests.get(vote.request()).path("votes")) {
                found |= vote.username().equals(v.path("username").asText());
            }
            if (!found) {
                lost.add("change request " + vote.request() + ": the vote of " + vote.username() + " is missing");
            }
        }
        lost.forEach(line -> System.out.println("lost: " + line));
        return lost.size();
    }
}
