package dev.nightshift.serving;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code nightshift.serving}. The store itself is {@code spring.datasource.url}.
 *
 * @param defaultLimit items per page when a request gives no {@code limit}
 * @param maxLimit the largest {@code limit} a request may ask for
 * @param documentCache how many bytes of documents to keep in memory
 * @param currentVersionTtl how long the current version of a dataset is reused before asking the
 *     store again: a publish or rollback reaches readers within this time; zero asks every time
 * @param workerThreads request threads, named {@code nightshift-serving-N}; 0 (the default) for
 *     two per core and at least four
 * @param maxKeepAliveRequests requests a kept-alive connection answers before it is closed; -1
 *     for no limit
 * @param migrate whether to create or upgrade the store's tables on start
 */
@ConfigurationProperties("nightshift.serving")
public record ServingApiProperties(
    @DefaultValue("50") int defaultLimit,
    @DefaultValue("200") int maxLimit,
    @DefaultValue("256MB") DataSize documentCache,
    @DefaultValue("500ms") Duration currentVersionTtl,
    @DefaultValue("0") int workerThreads,
    @DefaultValue("10000") int maxKeepAliveRequests,
    @DefaultValue("true") boolean migrate) {

  public ServingApiProperties {
    if (defaultLimit < 1 || defaultLimit > maxLimit) {
      throw new IllegalArgumentException(
          "nightshift.serving.default-limit must be between 1 and "
              + "nightshift.serving.max-limit ("
              + maxLimit
              + "), was "
              + defaultLimit);
    }
    if (workerThreads < 0) {
      throw new IllegalArgumentException(
          "nightshift.serving.worker-threads must be at least 1, or 0 for two per core, was "
              + workerThreads);
    }
    if (workerThreads == 0) {
      workerThreads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }
    if (maxKeepAliveRequests == 0 || maxKeepAliveRequests < -1) {
      throw new IllegalArgumentException(
          "nightshift.serving.max-keep-alive-requests must be at least 1, or -1 for no limit, was "
              + maxKeepAliveRequests);
    }
  }
}
