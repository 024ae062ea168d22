package dev.nightshift.scheduler.dag;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DAG files, schedules and templates are the bottom of the scheduler: they know no engine. */
@AnalyzeClasses(packages = "dev.nightshift.scheduler", importOptions = ImportOption.DoNotIncludeTests.class)
class DagPackagesArchitectureTest {

  @ArchTest
  static final ArchRule dag_files_know_no_engine =
      noClasses().that().resideInAnyPackage("..scheduler.dag..", "..scheduler.schedule..", "..scheduler.template..")
          .should().dependOnClassesThat()
          .resideInAnyPackage("..scheduler.run..", "..scheduler.store..", "..scheduler.runner..",
              "..scheduler.dispatch..", "..scheduler.trigger..", "org.quartz..");

  @ArchTest
  static final ArchRule schedules_know_no_dag_files =
      noClasses().that().resideInAPackage("..scheduler.schedule..")
          .should().dependOnClassesThat().resideInAnyPackage("..scheduler.dag..", "..scheduler.template..");

  @ArchTest
  static final ArchRule templates_know_no_dag_files =
      noClasses().that().resideInAPackage("..scheduler.template..")
          .should().dependOnClassesThat().resideInAPackage("..scheduler.dag..");
}
