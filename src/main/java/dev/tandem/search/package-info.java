/**
 * Full-text search over everything people write (work items, comments, and the records other modules map onto the
 * shared {@link dev.tandem.shared.SearchFields}), in Chinese and English in one index, ranked, with highlighted
 * snippets, filtered on the server to the projects the reader may open. Hibernate Search with its embedded Lucene
 * backend; the index is derived data, rebuilt from the database when missing and on demand.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
        allowedDependencies = {"shared", "system", "portfolio", "workitem"})
package dev.tandem.search;
