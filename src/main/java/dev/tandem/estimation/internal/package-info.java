/** The embedding models, loaded on first use, and the cache of item embeddings. */
package dev.tandem.estimation.internal;
