package dev.nightshift.platform.api;

import dev.nightshift.platform.api.auth.TokenFilter;
import dev.nightshift.platform.api.auth.Tokens;
import dev.nightshift.platform.api.problem.BodyLimitFilter;
import dev.nightshift.platform.api.problem.ProblemWriter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.DeserializationFeature;

/** The REST API's controllers, its filters (body size, tokens) and its OpenAPI description. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(ApiProperties.class)
public class ApiConfiguration {
  public static final String BASE = "/api/v1";

  @Bean
  FilterRegistrationBean<BodyLimitFilter> apiBodyLimit(
      ApiProperties properties, ProblemWriter problems) {
    var registration =
        new FilterRegistrationBean<>(
            new BodyLimitFilter(properties.maxBodySize().toBytes(), problems));
    registration.addUrlPatterns(BASE + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<TokenFilter> apiTokens(
      Tokens tokens, ApiProperties properties, ProblemWriter problems) {
    var registration =
        new FilterRegistrationBean<>(
            new TokenFilter(tokens, properties.readRequiresToken(), problems));
    registration.addUrlPatterns(BASE + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** A body field the API does not know is a mistake worth reporting, not something to drop. */
  @Bean
  JsonMapperBuilderCustomizer strictRequestBodies() {
    return builder ->
        builder.enable(
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  @Bean
  OpenAPI nightshiftOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Nightshift REST API")
                .version("v1")
                .description(
                    "DAGs, runs, task instances, logs and backfills; names and states follow"
                        + " Airflow's REST API. Errors are application/problem+json. Writes need a"
                        + " bearer token."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
  }
}
