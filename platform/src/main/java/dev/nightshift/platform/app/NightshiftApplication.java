package dev.nightshift.platform.app;

import dev.nightshift.platform.api.ApiConfiguration;
import dev.nightshift.serving.ServingApiApplication;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The whole platform in one process. The serving API's controllers are scanned from its own
 * module; its stand-alone main class is left out. Errors that reach the container are answered by
 * the serving module's problem report valve, on every path, not by Boot's error page.
 */
@SpringBootApplication(exclude = ErrorMvcAutoConfiguration.class)
@ComponentScan(
    basePackageClasses = {NightshiftApplication.class, ServingApiApplication.class},
    excludeFilters =
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ServingApiApplication.class))
@Import(ApiConfiguration.class)
@ConfigurationPropertiesScan(basePackageClasses = {NightshiftApplication.class, ServingApiApplication.class})
public class NightshiftApplication {

  /**
   * The platform reads {@code nightshift.properties}, not {@code application.properties}: the
   * serving API's jar carries an {@code application.properties} of its own for when it runs alone.
   */
  static final Map<String, Object> DEFAULTS = Map.of("spring.config.name", "nightshift");

  /** Starts the platform; {@code args} are Spring Boot arguments such as {@code --server.port=0}. */
  public static ConfigurableApplicationContext start(String... args) {
    return start(List.of(), args);
  }

  /** Starts the platform with extra beans or settings applied before any bean is created. */
  public static ConfigurableApplicationContext start(
      List<ApplicationContextInitializer<ConfigurableApplicationContext>> initializers, String... args) {
    SpringApplication application = new SpringApplication(NightshiftApplication.class);
    application.setDefaultProperties(DEFAULTS);
    initializers.forEach(application::addInitializers);
    return application.run(args);
  }
}
