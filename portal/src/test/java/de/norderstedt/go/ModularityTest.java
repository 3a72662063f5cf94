package de.norderstedt.go;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features depend on each other only through their public API, and never in a cycle. */
class ModularityTest {

	@Test
	void the_feature_modules_respect_their_boundaries() {
		// jOOQ's generated classes are infrastructure, not a feature module
		ApplicationModules.of(Application.class, JavaClass.Predicates.resideInAPackage("de.norderstedt.go.db.."))
			.verify();
	}

}
