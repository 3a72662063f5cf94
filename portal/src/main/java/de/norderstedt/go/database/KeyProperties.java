package de.norderstedt.go.database;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the server's private keys come from.
 *
 * @param directory a folder of key files written by {@code bin/rotate-keys} (e.g. a
 * mounted Kubernetes Secret); with it, or with {@code GO_KEY_*} environment variables, no
 * private key is kept in the database. Without either, the server makes its keys itself
 * and keeps them in the database (the embedded default).
 * @param refresh how often the files are read again, so that a rotation reaches every
 * running instance without a restart
 */
@ConfigurationProperties("go.keys")
public record KeyProperties(@Nullable Path directory, @DefaultValue("1m") Duration refresh) {
}
