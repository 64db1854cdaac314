/**
 * The item query language, plain Java: the ANTLR grammar's parser (generated from
 * {@code src/main/antlr4/dev/tandem/query/engine/ItemQuery.g4}), its fields and the compiler to an item condition.
 */
package dev.tandem.query.engine;
