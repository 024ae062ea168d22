package dev.nightshift.precompute;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** precompute is the shared "what": both engines load it, so it may depend on neither. */
@AnalyzeClasses(
    packages = "dev.nightshift.precompute",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule uses_no_framework_or_engine =
      noClasses()
          .that()
          .resideInAPackage("dev.nightshift.precompute..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework..", "org.quartz..", "org.apache.spark..")
          .because("Spring Batch and Spark jobs both call precompute; it must run under either");
}
