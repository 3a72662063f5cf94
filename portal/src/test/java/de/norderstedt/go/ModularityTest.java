package de.norderstedt.go;

import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Features depend on each other only through their public API, and never in a cycle. The
 * model is the one the module tests ({@code @ApplicationModuleTest}) bootstrap from, so a
 * test run reads the classes once.
 */
class ModularityTest {

	private static final String ROOT = Application.class.getPackageName();

	@Test
	void the_feature_modules_respect_their_boundaries() {
		// verify() checks a cached model only once, and not again after it failed:
		// detectViolations checks every time
		ApplicationModules.of(Application.class).detectViolations().throwIfPresent();
	}

	@Test
	void every_package_of_the_portal_is_a_feature_module() {
		// only packages annotated with @ApplicationModule are modules (accessibility,
		// content and kiosk share the root package): a feature package that forgot its
		// annotation would not be checked at all. The jOOQ classes (db) are generated.
		Set<String> packages = new ClassFileImporter()
			.importUrl(Application.class.getProtectionDomain().getCodeSource().getLocation())
			.stream()
			.map(JavaClass::getPackageName)
			.filter(name -> name.startsWith(ROOT + "."))
			.map(name -> name.substring(ROOT.length() + 1).split("\\.")[0])
			.filter(name -> !name.equals("db"))
			.collect(Collectors.toSet());
		Set<String> modules = ApplicationModules.of(Application.class)
			.stream()
			.map(ApplicationModule::getIdentifier)
			.map(Object::toString)
			.collect(Collectors.toSet());
		assertThat(modules).as("modules, one for each package (missing: @ApplicationModule in its package-info?)")
			.containsExactlyInAnyOrderElementsOf(packages);
	}

}
