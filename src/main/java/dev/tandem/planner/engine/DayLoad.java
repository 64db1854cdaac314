package dev.tandem.planner.engine;

/** Hours an item takes of its assignee on one working day. */
record DayLoad(int day, int hours) {
}
