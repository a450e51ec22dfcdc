package org.gongkai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
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

    /** Each top-level package is a module; the root package (the application class) is one too. */
    static final SliceAssignment MODULES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String pkg = c.getPackageName();
            if (pkg.equals("org.gongkai")) {
                return SliceIdentifier.of(ROOT);
            }
            if (pkg.startsWith("org.gongkai.")) {
                return SliceIdentifier.of(pkg.substring("org.gongkai.".length()).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "modules of org.gongkai, the root package included";
        }
    };

    static final String ROOT = "application (root package)";

    @Test
    void modulesHaveNoCyclesTheApplicationClassIncluded() {
        slices().assignedFrom(MODULES).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theCycleRuleSeesTheRootPackage() {
        JavaClass application = CLASSES.get(GongkaiApplication.class);
        assertThat(MODULES.getIdentifierOf(application)).isEqualTo(SliceIdentifier.of(ROOT));
        // the application class depends on the platform, so a platform class naming it would be a cycle
        assertThat(application.getDirectDependenciesFromSelf())
                .anySatisfy(d -> assertThat(d.getTargetClass().getPackageName()).startsWith("org.gongkai.platform"));
        noClasses()
                .that()
                .resideOutsideOfPackage("org.gongkai")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(GongkaiApplication.class)
                .check(CLASSES);
    }
}
