package de.norderstedt.go.database;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code spring.datasource.url} is
 * configured.
 *
 * @param dataDir folder that keeps the database between restarts; {@code null} means a
 * throw-away cluster that is deleted on shutdown (tests)
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 */
@ConfigurationProperties("go.embedded-database")
public record EmbeddedDatabaseProperties(@Nullable Path dataDir, int port) {
}
