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
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Wires the store reader, the caches, the serving servlet and the named request threads. */
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
  ServletRegistrationBean<ServingServlet> servingServlet(
      DocumentPages pages, ServingApiProperties properties, JsonMapper json,
      ObjectProvider<MeterRegistry> registry) {
    ServletRegistrationBean<ServingServlet> registration =
        new ServletRegistrationBean<>(
            new ServingServlet(pages, properties, new ProblemWriter(json),
                new ServingRequestMetrics(registry.getIfAvailable(() -> Metrics.globalRegistry))),
            ServingServlet.FEEDS + "/*",
            ServingServlet.RECOMMENDATIONS + "/*",
            ServingServlet.TRENDS);
    registration.setName("serving");
    return registration;
  }

  @Bean
  ServingThreads servingThreads(ServingApiProperties properties) {
    return new ServingThreads(properties.workerThreads());
  }
}
