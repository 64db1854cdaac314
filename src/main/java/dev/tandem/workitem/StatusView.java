package dev.tandem.workitem;

public record StatusView(long id, String name, StatusCategory category, int position, Integer wipLimit) {
}
