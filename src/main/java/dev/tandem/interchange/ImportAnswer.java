package dev.tandem.interchange;

/** What an import request answers: a dry run's {@code report}, or the {@code job} of an import started. */
public record ImportAnswer(ImportReport report, ImportJobView job) {
}
