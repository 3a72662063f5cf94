package de.norderstedt.go.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

/**
 * Generates jOOQ classes from the schema that the Flyway migrations create in a
 * throw-away embedded PostgreSQL, with the column types of {@link ColumnTypes}.
 * Arguments: migration folder, output folder, target package.
 */
public final class JooqCodegen {

	private JooqCodegen() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			throw new IllegalArgumentException("usage: JooqCodegen <migrations-dir> <output-dir> <package>");
		}
		Path migrations = Path.of(args[0]).toAbsolutePath();
		Path output = Path.of(args[1]).toAbsolutePath();
		String packageName = args[2];
		if (!Files.isDirectory(migrations)) {
			throw new IllegalArgumentException("no migration folder at " + migrations);
		}
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			Flyway.configure()
				.dataSource(url, "postgres", "postgres")
				.locations("filesystem:" + migrations)
				.load()
				.migrate();
			try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
				ColumnTypes.verify(connection);
			}
			Configuration configuration = new Configuration()
				.withJdbc(new Jdbc().withDriver("org.postgresql.Driver")
					.withUrl(url)
					.withUser("postgres")
					.withPassword("postgres"))
				.withGenerator(new Generator().withDatabase(new Database()
					.withName("org.jooq.meta.postgres.PostgresDatabase")
					.withInputSchema("public")
					.withExcludes(
							"flyway_schema_history|gbt_.*|gbtreekey.*|gtrgm.*|.*_gist.*|int2_dist|int4_dist|int8_dist|float4_dist|float8_dist|cash_dist|oid_dist|date_dist|time_dist|ts_dist|tstz_dist|interval_dist")
					.withIncludeRoutines(false)
					.withForcedTypes(ColumnTypes.forcedTypes()))
					.withGenerate(new Generate().withRecords(true)
						.withPojos(false)
						.withDaos(false)
						.withFluentSetters(true)
						.withJavaTimeTypes(true))
					.withTarget(new Target().withPackageName(packageName)
						.withDirectory(output.toString())
						.withClean(true)));
			GenerationTool.generate(configuration);
		}
	}

}
