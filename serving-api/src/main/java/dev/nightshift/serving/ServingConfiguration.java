package dev.nightshift.serving;

import dev.nightshift.precompute.serving.ServingReader;
import dev.nightshift.precompute.serving.ServingSchema;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.List;
import javax.sql.DataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/** Wires the store reader, the caches, the serving filter and the request threads. */
@Configuration(proxyBeanMethods = false)
class ServingConfiguration {

  @Bean
  ServingReader servingReader(DataSource dataSource, ServingApiProperties properties) {
    if (properties.migrate()) {
      ServingSchema.migrate(dataSource);
    }
    return new ServingReader(dataSource);
  }

  @Bean
  DocumentPages documentPages(ServingReader reader, ServingApiProperties properties) {
    return new DocumentPages(
        reader,
        new CurrentVersions(reader, properties.currentVersionTtl()),
        properties.documentCache().toBytes());
  }

  /** {@code cache_gets_total{cache="serving.documents",result="hit|miss"}} and friends. */
  @Bean
  MeterBinder documentCacheMetrics(DocumentPages pages) {
    return new CaffeineCacheMetrics<>(pages.cache(), "serving.documents", List.of());
  }

  @Bean
  ProblemWriter servingProblemWriter(JsonMapper json) {
    return new ProblemWriter(json);
  }

  /** Problem documents for what the container refuses, on every listener of the process. */
  @Bean
  ContainerProblems containerProblems(ProblemWriter servingProblemWriter) {
    return new ContainerProblems(servingProblemWriter);
  }

  /** First in the chain, so that the framework's filters never run for a serving request. */
  @Bean
  FilterRegistrationBean<ServingFilter> servingFilter(
      DocumentPages pages,
      ServingApiProperties properties,
      ProblemWriter servingProblemWriter,
      ObjectProvider<MeterRegistry> registry) {
    FilterRegistrationBean<ServingFilter> registration =
        new FilterRegistrationBean<>(
            new ServingFilter(
                pages,
                properties,
                servingProblemWriter,
                new ServingRequestMetrics(registry.getIfAvailable(() -> Metrics.globalRegistry))));
    registration.addUrlPatterns(ServingFilter.URL_PATTERNS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.setName("serving");
    return registration;
  }

  @Bean
  ServingConnector servingConnector(ServingApiProperties properties) {
    return new ServingConnector(properties.workerThreads(), properties.maxKeepAliveRequests());
  }
}
