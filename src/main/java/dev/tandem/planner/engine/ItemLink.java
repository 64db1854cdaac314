package dev.tandem.planner.engine;

/** A dependency between two items (indices into the problem's list): work passes from one to the other. */
public record ItemLink(int predecessor, int successor) {
}
