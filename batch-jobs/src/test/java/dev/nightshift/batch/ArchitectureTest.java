package dev.nightshift.batch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.nightshift.batch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule jobs_know_nothing_of_the_scheduler = noClasses()
      .should().dependOnClassesThat().resideInAPackage("dev.nightshift.scheduler..")
      .because("a job that runs under Nightshift also runs without it");

  @ArchTest
  static final ArchRule one_job_does_not_reach_into_another = noClasses()
      .that().resideInAPackage("dev.nightshift.batch.feeds..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "dev.nightshift.batch.trends..", "dev.nightshift.batch.recommendations..",
          "dev.nightshift.batch.compaction..")
      .because("jobs share only dev.nightshift.batch.support");
}
