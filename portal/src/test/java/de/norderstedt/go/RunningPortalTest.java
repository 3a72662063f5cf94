package de.norderstedt.go;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A whole portal listening on a random port, whose scheduled work (sending due
 * deliveries, locker reminders) runs only when a test calls it, so a test sees exactly
 * what it caused. Every class with this annotation shares one application context (Spring
 * caches it by its configuration): one start instead of one per variant of properties.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "go.notifications.delivery.scheduled=false", "go.lockers.reminders=false" })
public @interface RunningPortalTest {

}
