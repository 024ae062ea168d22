package dev.nightshift.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ServingApiPropertiesTest {

  @Test
  void zero_worker_threads_means_two_per_core_and_at_least_four() {
    assertThat(properties(0, 10_000).workerThreads())
        .isEqualTo(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    assertThat(properties(3, 10_000).workerThreads()).isEqualTo(3);
  }

  @Test
  void a_negative_thread_count_or_keep_alive_limit_is_refused_with_the_setting_named() {
    assertThatThrownBy(() -> properties(-1, 10_000))
        .hasMessage(
            "nightshift.serving.worker-threads must be at least 1, or 0 for two per core, was -1");
    assertThatThrownBy(() -> properties(0, 0))
        .hasMessage(
            "nightshift.serving.max-keep-alive-requests must be at least 1, or -1 for no limit,"
                + " was 0");
    assertThat(properties(0, -1).maxKeepAliveRequests()).isEqualTo(-1);
  }

  private static ServingApiProperties properties(int workerThreads, int maxKeepAliveRequests) {
    return new ServingApiProperties(
        50,
        200,
        DataSize.ofMegabytes(1),
        Duration.ofMillis(500),
        workerThreads,
        maxKeepAliveRequests,
        true);
  }
}
