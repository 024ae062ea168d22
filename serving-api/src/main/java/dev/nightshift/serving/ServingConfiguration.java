package dev.nightshift.serving;

import dev.nightshift.precompute.serving.ServingReader;
import dev.nightshift.precompute.serving.ServingSchema;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the store reader, the caches and the named request threads. */
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
    return new DocumentPages(reader, new CurrentVersions(reader, properties.currentVersionTtl()),
        properties.documentCache().toBytes());
  }

  /** {@code cache_gets_total{cache="serving.documents",result="hit|miss"}} and friends. */
  @Bean
  MeterBinder documentCacheMetrics(DocumentPages pages) {
    return new CaffeineCacheMetrics<>(pages.cache(), "serving.documents", List.of());
  }

  @Bean
  ServingThreads servingThreads(ServingApiProperties properties) {
    return new ServingThreads(properties.workerThreads());
  }
}
