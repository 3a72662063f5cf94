package de.norderstedt.go.signals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bus's connection goes to the same database, with the same user, as the pool's, but
 * is its own: a connection held for ever (and closed by the bus when it fails) must not
 * be one the pool lends out.
 */
@Configuration(proxyBeanMethods = false)
class SignalConfiguration {

	@Bean
	SignalBus signalBus(DataSource dataSource, SignalProperties properties, InstanceProperties instance) {
		return new SignalBus(() -> open(dataSource), properties, instance.instanceId());
	}

	static Connection open(DataSource dataSource) throws SQLException {
		if (!dataSource.isWrapperFor(HikariDataSource.class)) {
			// not a pool: each connection is new
			return dataSource.getConnection();
		}
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		if (pool.getJdbcUrl() == null) {
			throw new SQLException("the signal bus needs spring.datasource.url (the pool has no JDBC address)");
		}
		Properties settings = new Properties();
		settings.putAll(pool.getDataSourceProperties());
		if (pool.getUsername() != null) {
			settings.setProperty("user", pool.getUsername());
		}
		if (pool.getPassword() != null) {
			settings.setProperty("password", pool.getPassword());
		}
		settings.setProperty("ApplicationName", "go-signals");
		settings.setProperty("tcpKeepAlive", "true");
		Connection connection = new Driver().connect(pool.getJdbcUrl(), settings);
		if (connection == null) {
			throw new SQLException("spring.datasource.url is not a PostgreSQL address: the signal bus needs one");
		}
		return connection;
	}

}
