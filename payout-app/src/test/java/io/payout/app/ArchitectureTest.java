package io.payout.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency direction of the hexagon: domain ← application ← adapters ← app. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.payout");
    }

    @Test
    void domainDependsOnTheJdkOnly() {
        classes().that().resideInAPackage("io.payout.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.payout.domain..")
                .check(classes);
    }

    @Test
    void applicationDependsOnTheDomainAndTheJdkOnly() {
        classes().that().resideInAPackage("io.payout.application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.payout.domain..", "io.payout.application..")
                .check(classes);
    }

    @Test
    void gatewaySpiDependsOnTheJdkOnly() {
        classes().that().resideInAPackage("io.payout.gateway.spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.payout.gateway.spi..")
                .check(classes);
    }

    @Test
    void collectionSpiDependsOnTheJdkOnly() {
        classes().that().resideInAPackage("io.payout.collection.spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.payout.collection.spi..")
                .check(classes);
    }

    @Test
    void bundledCollectionPluginSeesOnlyTheCollectionSpiAndTheJdk() {
        String own = "io.payout.collection.expresscheckout..";
        classes().that().resideInAPackage(own)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..",
                        "io.payout.collection.spi..", own)
                .check(classes);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"dummy", "razorpayx", "cashfree"})
    void bundledPluginsSeeOnlyTheSpiAndTheJdk(String plugin) {
        String own = "io.payout.gateway." + plugin + "..";
        classes().that().resideInAPackage(own)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "io.payout.gateway.spi..", own)
                .check(classes);
    }

    @Test
    void noFrameworkTypesInDomainOrApplication() {
        noClasses().that().resideInAnyPackage("io.payout.domain..", "io.payout.application..")
                .should().dependOnClassesThat().resideInAnyPackage("io.dropwizard..", "org.glassfish.jersey..",
                        "jakarta.ws..", "org.jdbi..", "com.fasterxml.jackson..", "org.quartz..", "java.sql..")
                .check(classes);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("io.payout.adapters.rest..")
                .should().dependOnClassesThat().resideInAnyPackage("io.payout.adapters.persistence..", "io.payout.app..")
                .check(classes);
        noClasses().that().resideInAPackage("io.payout.adapters.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("io.payout.adapters.rest..", "io.payout.app..")
                .check(classes);
    }

    @Test
    void onlyTheAppKnowsTheAdapters() {
        noClasses().that().resideInAnyPackage("io.payout.domain..", "io.payout.application..", "io.payout.gateway..")
                .should().dependOnClassesThat().resideInAnyPackage("io.payout.adapters..", "io.payout.app..")
                .check(classes);
    }
}
