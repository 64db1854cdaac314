package dev.tandem.query.engine;

/** Where in a query something is: line and column from 1, offset (characters from the start) from 0. */
public record Position(int line, int column, int offset) {
}
