package dev.nightshift.serving;

import static dev.nightshift.serving.StoreFixture.feed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingReader;
import dev.nightshift.precompute.serving.ServingSchema;
import java.nio.file.Path;
import java.time.Duration;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurrentVersionsTest {
  @TempDir Path dir;
  private JdbcConnectionPool pool;
  private StoreFixture fixture;
  private ServingReader reader;

  @BeforeEach
  void store() {
    pool = JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("serving"), "sa", "");
    ServingSchema.migrate(pool);
    fixture = new StoreFixture(pool);
    reader = new ServingReader(pool);
  }

  @AfterEach
  void close() {
    pool.dispose();
  }

  @Test
  void within_its_time_to_live_a_version_is_reused_without_asking_the_store() {
    CurrentVersions versions = new CurrentVersions(reader, Duration.ofHours(1));
    long first = fixture.publish(ServingDataset.FEEDS, feed(1, 1, 1));
    assertThat(versions.of(ServingDataset.FEEDS)).isEqualTo(first);

    fixture.publish(ServingDataset.FEEDS, feed(1, 2, 1));

    assertThat(versions.of(ServingDataset.FEEDS)).isEqualTo(first);
  }

  @Test
  void a_publish_reaches_readers_once_the_time_to_live_has_passed() {
    CurrentVersions versions = new CurrentVersions(reader, Duration.ofMillis(200));
    long first = fixture.publish(ServingDataset.FEEDS, feed(1, 1, 1));
    assertThat(versions.of(ServingDataset.FEEDS)).isEqualTo(first);

    long second = fixture.publish(ServingDataset.FEEDS, feed(1, 2, 1));

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> versions.of(ServingDataset.FEEDS) == second);
  }

  @Test
  void a_zero_time_to_live_asks_the_store_every_time() {
    CurrentVersions versions = new CurrentVersions(reader, Duration.ZERO);
    fixture.publish(ServingDataset.FEEDS, feed(1, 1, 1));

    long second = fixture.publish(ServingDataset.FEEDS, feed(1, 2, 1));

    assertThat(versions.of(ServingDataset.FEEDS)).isEqualTo(second);
  }
}
