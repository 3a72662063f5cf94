package de.norderstedt.go.tutorials;

import de.norderstedt.go.content.Tutorials;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the shipped tutorials once, at start. Broken content (which the build already
 * refuses) stops the start with every problem named.
 */
@Configuration(proxyBeanMethods = false)
class TutorialsConfiguration {

	@Bean
	Tutorials tutorials() {
		return Tutorials.shipped();
	}

}
