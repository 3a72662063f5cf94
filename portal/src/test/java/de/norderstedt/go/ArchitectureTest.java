package de.norderstedt.go;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering rules of DESIGN.md, checked on the compiled classes. */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("de.norderstedt.go");

	@Test
	void vaadin_is_used_only_in_ui_packages() {
		noClasses().that()
			.resideOutsideOfPackage("..ui..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.vaadin..")
			.check(CLASSES);
	}

	@Test
	void jooq_is_used_only_in_repositories() {
		// a repository's private helper types (e.g. a record of columns) belong to it
		noClasses().that()
			.haveSimpleNameNotEndingWith("Repository")
			.and()
			.haveNameNotMatching(".*Repository\\$.*")
			.and()
			.resideOutsideOfPackage("de.norderstedt.go.db..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.jooq..", "de.norderstedt.go.db..")
			.check(CLASSES);
	}

	@Test
	void ui_packages_do_not_reach_into_repositories() {
		// the portal's own repositories (Spring Security's security-context repositories
		// in the security configuration are not data access)
		noClasses().that()
			.resideInAPackage("..ui..")
			.should()
			.dependOnClassesThat(JavaClass.Predicates.simpleNameEndingWith("Repository")
				.and(JavaClass.Predicates.resideInAPackage("de.norderstedt.go..")))
			.check(CLASSES);
	}

}
