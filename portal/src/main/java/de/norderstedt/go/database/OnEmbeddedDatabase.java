package de.norderstedt.go.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the application runs on its embedded PostgreSQL, i.e. no
 * {@code spring.datasource.url} is configured. Demo data is loaded only then.
 */
public class OnEmbeddedDatabase implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String url = context.getEnvironment().getProperty("spring.datasource.url");
		return url == null || url.isBlank();
	}

}
