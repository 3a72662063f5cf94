package de.norderstedt.go.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Conditional;

/**
 * Marks what loads demo data (accounts with the password from the README, demo devices,
 * courses, news, ideas): only on the embedded database, and only when
 * {@code go.demo-data.enabled=true} says so explicitly. {@code bin/run} says so; the
 * container image, the Kubernetes manifests and an external database never load it by
 * accident.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnEmbeddedDatabase.class)
@ConditionalOnBooleanProperty(name = DemoData.PROPERTY)
public @interface DemoData {

	/** The property that switches the demo data on. */
	String PROPERTY = "go.demo-data.enabled";

}
