package org.homeward;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.homeward.shared.WebAccess;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Rules of the house that Spring Modulith's module checks do not cover: SQL stays out of
 * the web layer, controllers live in a module's {@code web} package, and a module's web
 * rules are a bean of its own.
 */
class ArchitectureTests {

	private static final JavaClasses HOMEWARD = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.homeward");

	@Test
	void controllersTalkToServicesNeverToTheDatabase() {
		noClasses().that()
			.resideInAPackage("org.homeward..web..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
			.because("SQL belongs to a module's stores and services")
			.check(HOMEWARD);
	}

	@Test
	void controllersLiveInAModulesWebPackage() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAPackage("org.homeward.*.web..")
			.check(HOMEWARD);
	}

	@Test
	void eachModuleSaysWhoMayCallItsPathsInItsWebPackage() {
		classes().that()
			.implement(WebAccess.Rules.class)
			.should()
			.resideInAPackage("org.homeward.*.web..")
			.check(HOMEWARD);
	}

	@Test
	void queriesAreReadWholeNeverLeftOpenAsStreams() {
		noClasses().should()
			.callMethodWhere(JavaCall.Predicates
				.target(HasOwner.Predicates.With.owner(JavaClass.Predicates
					.belongToAnyOf(JdbcClient.MappedQuerySpec.class, JdbcClient.ResultQuerySpec.class)))
				.and(JavaCall.Predicates.target(HasName.Predicates.name("stream"))))
			.because("a query's stream holds its database connection until it is closed, and one left open "
					+ "takes the pool from everyone else (the print batches page did)")
			.check(HOMEWARD);
	}

}
