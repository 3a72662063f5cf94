package de.norderstedt.go.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL 18 in-process when no external database is configured, so the
 * platform runs on a laptop with one command. With a data folder the cluster survives
 * restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedDatabase.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		// stopped by this bean's close, after everything that uses the database: a JVM
		// shutdown hook of its own could stop it while the application is still closing
		// (the event publication registry then waited 30 s for a connection)
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
		Path dataDir = properties.dataDir();
		if (dataDir != null && !dataDir.toString().isBlank()) {
			Path absolute = dataDir.toAbsolutePath().normalize();
			Files.createDirectories(absolute);
			builder.setDataDirectory(absolute).setCleanDataDirectory(false);
			log.info("Embedded PostgreSQL keeps its data in {}", absolute);
		}
		else {
			log.info("Embedded PostgreSQL runs on a throw-away cluster");
		}
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		return builder.start();
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPassword("postgres");
		dataSource.setPoolName("embedded");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

}
