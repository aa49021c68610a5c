package io.bora.engine.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** DESIGN.md §3: the engine compiles without JDBC, JSON or HTTP libraries, and knows no adapter module. */
class EngineIsolationTest {
    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.bora.engine");

    @Test
    void engineUsesNoInfrastructureLibraries() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "java.sql..", "javax.sql..", "com.fasterxml..", "io.javalin..", "org.eclipse.jetty..",
                        "java.net.http..", "com.zaxxer..", "org.flywaydb..")
                .check(engine);
    }

    @Test
    void engineKnowsNoAdapterModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "io.bora.store..", "io.bora.server..", "io.bora.actions..", "io.bora.cli..")
                .check(engine);
    }
}
