package dev.nightshift.serving;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The serving API on its own: {@code java -jar serving-api-exec.jar}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ServingApiApplication {
  public static void main(String[] args) {
    SpringApplication.run(ServingApiApplication.class, args);
  }
}
