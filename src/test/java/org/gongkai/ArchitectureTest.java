package org.gongkai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Module boundaries. Top-level packages under org.gongkai are business modules; their adapters (web,
 * persistence, cli) are sub-packages. The domain of a module knows nothing of the web or of SQL.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gongkai");

    @Test
    void domainCodeUsesNeitherTheWebNorSql() {
        noClasses()
                .that()
                .resideInAPackage("org.gongkai..")
                .and()
                .resideOutsideOfPackages(
                        "..web..",
                        "..persistence..",
                        "..cli..",
                        "..platform..",
                        "..security..",
                        "..demo..",
                        "..rendering..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web..",
                        "jakarta.servlet..",
                        "org.springframework.jdbc..",
                        "java.sql..",
                        "org.springframework.ui..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void webAdaptersAreNotUsedByOtherModules() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..web..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("org.gongkai.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
