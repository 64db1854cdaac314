package dev.tandem.portfolio;

public record MemberSummary(long personId, String username, String displayName, ProjectRole role, long version) {
}
