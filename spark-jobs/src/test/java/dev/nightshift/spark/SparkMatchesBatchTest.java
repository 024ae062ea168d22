package dev.nightshift.spark;

import static dev.nightshift.spark.SharedSpark.END;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nightshift.batch.standalone.JobRunSummary;
import dev.nightshift.batch.standalone.StandaloneJobs;
import dev.nightshift.batch.support.BuildParameters;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import dev.nightshift.precompute.model.Post;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.VersionInfo;
import dev.nightshift.precompute.serving.VersionState;
import dev.nightshift.precompute.trends.TagSketches;
import dev.nightshift.precompute.trends.TrendBuilder;
import dev.nightshift.precompute.trends.TrendKey;
import dev.nightshift.precompute.trends.TrendParameters;
import dev.nightshift.spark.compaction.CompactionJob;
import dev.nightshift.spark.feeds.FeedsJob;
import dev.nightshift.spark.recommendations.RecommendationsJob;
import dev.nightshift.spark.trends.TrendsJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The Spark jobs and the Spring Batch jobs on one generated lake: the same feeds and
 * recommendations documents, byte for byte; trends within the sketches' error; compaction the
 * same files with the same checksums.
 */
class SparkMatchesBatchTest {
  private static final Instant BUILD_TIME = END.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  @TempDir static Path dataDir;
  private static StandaloneJobs batch;

  @BeforeAll
  static void start() {
    batch = StandaloneJobs.start(Map.of("nightshift.data-dir", dataDir.toString(),
        "nightshift.batch.threads", "2"));
  }

  @AfterAll
  static void stop() {
    batch.close();
  }

  @Test
  void feeds_on_spark_are_the_batch_jobs_documents_byte_for_byte() {
    Map<String, String> spark = runSpark(new FeedsJob(), SharedSpark.lake(), ServingDataset.FEEDS);
    Map<String, String> batchDocs = runBatch("feeds", SharedSpark.lake(), ServingDataset.FEEDS);

    assertThat(batchDocs).hasSizeGreaterThan(100);
    assertThat(spark).isEqualTo(batchDocs);
  }

  @Test
  void recommendations_on_spark_are_the_batch_jobs_documents_byte_for_byte() {
    Map<String, String> spark =
        runSpark(new RecommendationsJob(), SharedSpark.lake(), ServingDataset.RECOMMENDATIONS);
    Map<String, String> batchDocs =
        runBatch("recommendations", SharedSpark.lake(), ServingDataset.RECOMMENDATIONS);

    assertThat(batchDocs).hasSizeGreaterThan(100);
    assertThat(spark).isEqualTo(batchDocs);
  }

  @Test
  void trends_on_spark_agree_with_the_batch_job_within_the_sketches_error() throws IOException {
    Map<String, String> spark = runSpark(new TrendsJob(), SharedSpark.lake(), ServingDataset.TRENDS);
    Map<String, String> batchDocs = runBatch("trends", SharedSpark.lake(), ServingDataset.TRENDS);

    assertThat(batchDocs).isNotEmpty();
    assertThat(spark.keySet()).isEqualTo(batchDocs.keySet());
    TrendParameters parameters = TrendParameters.DEFAULTS;
    Instant window = parameters.reportedWindowOf(BUILD_TIME);
    long countError = globalSketch(parameters, window).maximumError();
    double uniqueError = 3 * 1.04 / Math.sqrt(1 << parameters.hllLgK());
    ObjectMapper json = new ObjectMapper();
    for (String key : batchDocs.keySet()) {
      Map<String, JsonNode> expected = tags(json.readTree(batchDocs.get(key)));
      Map<String, JsonNode> actual = tags(json.readTree(spark.get(key)));
      for (Map.Entry<String, JsonNode> tag : actual.entrySet()) {
        JsonNode batchTag = expected.get(tag.getKey());
        if (batchTag == null) {
          continue; // a tag at the edge of the minimum count may make one list and not the other
        }
        assertThat(tag.getValue().get("count").asLong())
            .as(key + " " + tag.getKey())
            .isCloseTo(batchTag.get("count").asLong(), org.assertj.core.data.Offset.offset(countError));
        double unique = batchTag.get("uniqueAuthors").asDouble();
        assertThat(tag.getValue().get("uniqueAuthors").asDouble())
            .isCloseTo(unique, org.assertj.core.data.Offset.offset(uniqueError * unique + 1));
      }
      assertThat(actual.keySet()).as(key).containsAnyElementsOf(expected.keySet());
    }
  }

  @Test
  void compaction_on_spark_leaves_the_same_files_with_the_same_checksums(@TempDir Path lakes) {
    Path sparkLake = SharedSpark.copyOfLake(lakes.resolve("spark"));
    Path batchLake = SharedSpark.copyOfLake(lakes.resolve("batch"));
    Map<String, String> before = checksums(sparkLake);

    JobArguments args = JobArguments.parse("--lake", sparkLake.toString(), "--date", END.toString(),
        "--data-dir", dataDir.toString(), "--param", "keep_last=2");
    String outcome = new CompactionJob().run(SharedSpark.session(), args);
    JobRunSummary run = batch.run("compaction", new JobParametersBuilder(new BuildParameters(
        batchLake.toString(), END, BUILD_TIME.minusSeconds(86_400), BUILD_TIME, "test")
        .toJobParameters()).addString("keep_last", "2").toJobParameters());

    assertThat(run.succeeded()).as(run.format()).isTrue();
    assertThat(outcome).contains("compacted").contains("versions kept");
    assertThat(checksums(sparkLake)).isNotEqualTo(before).isEqualTo(checksums(batchLake));
  }

  private static Map<String, String> runSpark(SparkJob job, Path lake, ServingDataset dataset) {
    JobArguments args = JobArguments.parse("--lake", lake.toString(), "--date", END.toString(),
        "--data-dir", dataDir.toString(), "--producer", "spark/" + dataset);
    assertThat(job.run(SharedSpark.session(), args)).startsWith("sealed " + dataset + " version");
    return stored(dataset, "spark/" + dataset);
  }

  private static Map<String, String> runBatch(String job, Path lake, ServingDataset dataset) {
    JobRunSummary run = batch.run(job, new BuildParameters(lake.toString(), END,
        BUILD_TIME.minusSeconds(86_400), BUILD_TIME, "batch/" + dataset).toJobParameters());
    assertThat(run.succeeded()).as(run.format()).isTrue();
    return stored(dataset, "batch/" + dataset);
  }

  /** Every document of the sealed version the producer staged: key to body. */
  private static Map<String, String> stored(ServingDataset dataset, String producer) {
    ServingStore store = batch.bean(ServingStore.class);
    VersionInfo version = store.versions(dataset).stream()
        .filter(v -> v.producer().equals(producer)).findFirst().orElseThrow();
    assertThat(version.state()).isEqualTo(VersionState.SEALED);
    Map<String, String> documents = new TreeMap<>();
    String url = JobArguments.parse("--lake", "unused", "--date", END.toString(),
        "--data-dir", dataDir.toString()).servingUrl();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        PreparedStatement query = c.prepareStatement(
            "SELECT doc_key, body FROM serving_document WHERE dataset = ? AND version = ?")) {
      query.setString(1, dataset.storedName());
      query.setLong(2, version.version());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          documents.put(rows.getString(1), new String(rows.getBytes(2)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return documents;
  }

  private static TagSketches globalSketch(TrendParameters parameters, Instant window) {
    List<Post> posts;
    try (Lake lake = Lake.open(SharedSpark.lake().toString());
        Stream<Post> rows = lake.read(Datasets.POSTS, END.minusDays(1), END)) {
      posts = rows.toList();
    }
    return new TrendBuilder(parameters).count(posts, author -> 0L).get(new TrendKey(window, 0L));
  }

  private static Map<String, JsonNode> tags(JsonNode document) {
    Map<String, JsonNode> tags = new TreeMap<>();
    document.get("items").forEach(item -> tags.put(item.get("hashtag").asText(), item));
    return tags;
  }

  /** Each lake file (crc sidecars aside) by relative path, with its SHA-256. */
  private static Map<String, String> checksums(Path lake) {
    Map<String, String> sums = new TreeMap<>();
    try (Stream<Path> files = Files.walk(lake)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String name = lake.relativize(file).toString();
        if (!name.endsWith(".crc")) {
          sums.put(name, HexFormat.of().formatHex(
              MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return sums;
  }
}
