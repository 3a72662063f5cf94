/**
 * Rate limits shared by all portal instances: how often one client address (and, for code
 * lookups, one code) may try something in a period. The buckets are rows in PostgreSQL
 * (Bucket4j's PostgreSQL back end), so every instance counts the same tries; addresses
 * and codes are stored only as hashes, and a bucket's row is deleted once its period is
 * over.
 */
@NullMarked
@ApplicationModule
package de.norderstedt.go.ratelimit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
