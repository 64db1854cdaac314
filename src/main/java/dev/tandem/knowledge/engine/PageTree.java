package dev.tandem.knowledge.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The pages of a space as a tree: each page has a parent (or none, at the top) and a position among its siblings. */
public final class PageTree {

    public record Node(long id, Long parentId, int position, String title) {
    }

    /** A page in reading order, with its depth (0 at the top). */
    public record Entry(Node node, int depth) {
    }

    private final Map<Long, Node> byId = new HashMap<>();
    private final Map<Long, List<Node>> children = new HashMap<>();

    public PageTree(List<Node> nodes) {
        for (Node n : nodes) {
            byId.put(n.id(), n);
        }
        for (Node n : nodes) {
            Long parent = n.parentId() != null && byId.containsKey(n.parentId()) ? n.parentId() : null;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(n);
        }
        children.values().forEach(list -> list.sort(Comparator.comparingInt(Node::position)
                .thenComparing(Node::title, String.CASE_INSENSITIVE_ORDER).thenComparingLong(Node::id)));
    }

    /** Depth first, siblings by position: the order of the space's table of contents. */
    public List<Entry> ordered() {
        List<Entry> out = new ArrayList<>();
        walk(null, 0, out);
        return out;
    }

    private void walk(Long parent, int depth, List<Entry> out) {
        for (Node n : children.getOrDefault(parent, List.of())) {
            out.add(new Entry(n, depth));
            walk(n.id(), depth + 1, out);
        }
    }

    /** The ids of the page's children, in order. */
    public List<Long> childrenOf(Long parent) {
        return children.getOrDefault(parent, List.of()).stream().map(Node::id).toList();
    }

    /** The page's ancestors from the top down, for the breadcrumb. */
    public List<Node> ancestors(long id) {
        List<Node> out = new ArrayList<>();
        Node n = byId.get(id);
        while (n != null && n.parentId() != null && out.size() < byId.size()) {
            n = byId.get(n.parentId());
            if (n != null) {
                out.addFirst(n);
            }
        }
        return out;
    }

    /** Whether {@code candidate} is {@code id} itself or lies below it: moving {@code id} under it would make a cycle. */
    public boolean isSelfOrDescendant(long id, long candidate) {
        Node n = byId.get(candidate);
        int steps = 0;
        while (n != null && steps++ <= byId.size()) {
            if (n.id() == id) {
                return true;
            }
            n = n.parentId() == null ? null : byId.get(n.parentId());
        }
        return false;
    }

    /**
     * The siblings under {@code newParent} after {@code id} moves there to {@code position} (0 first; past the end
     * means last): the ids in their new order, whose index is each one's new position.
     */
    public List<Long> moved(long id, Long newParent, int position) {
        if (newParent != null && isSelfOrDescendant(id, newParent)) {
            throw new IllegalArgumentException("a page cannot move below itself");
        }
        List<Long> siblings = new ArrayList<>(childrenOf(newParent));
        siblings.removeIf(s -> Objects.equals(s, id));
        siblings.add(Math.clamp(position, 0, siblings.size()), id);
        return siblings;
    }
}
