package dev.nightshift.serving;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The serving API deploys alone: it reads the store and knows nothing of scheduling or jobs. */
class ModuleBoundariesTest {

  @Test
  void the_api_imports_no_scheduler_and_no_job() {
    noClasses()
        .that()
        .resideInAPackage("dev.nightshift.serving..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.nightshift.scheduler..",
            "dev.nightshift.batch..",
            "dev.nightshift.spark..",
            "dev.nightshift.platform..",
            "org.quartz..",
            "org.springframework.batch..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.nightshift.serving"));
  }
}
