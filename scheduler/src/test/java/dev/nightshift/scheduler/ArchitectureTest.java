package dev.nightshift.scheduler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.nightshift.scheduler", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule only_the_trigger_package_uses_quartz = noClasses()
      .that().resideOutsideOfPackage("dev.nightshift.scheduler.trigger..")
      .should().dependOnClassesThat().resideInAPackage("org.quartz..")
      .because("Quartz is one replaceable way to fire schedules; the metadata store is the truth");

  @ArchTest
  static final ArchRule runners_know_nothing_of_dispatch_or_storage = noClasses()
      .that().resideInAPackage("dev.nightshift.scheduler.runner..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "dev.nightshift.scheduler.dispatch..", "dev.nightshift.scheduler.store..",
          "dev.nightshift.scheduler.trigger..")
      .because("a runner is a plug-in behind start / observe / cancel");
}
