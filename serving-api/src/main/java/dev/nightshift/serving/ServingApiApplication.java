package dev.nightshift.serving;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;

/**
 * The serving API on its own: {@code java -jar serving-api-exec.jar}. Errors that reach the
 * container are answered by its {@link ProblemReportValve}, not by Boot's error page.
 */
@SpringBootApplication(exclude = ErrorMvcAutoConfiguration.class)
@ConfigurationPropertiesScan
public class ServingApiApplication {
  public static void main(String[] args) {
    SpringApplication.run(ServingApiApplication.class, args);
  }
}
