package dev.nightshift.batch;

import static dev.nightshift.batch.GeneratedLake.END;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.precompute.feeds.FeedDocuments;
import dev.nightshift.precompute.recommendations.RecommendationDocuments;
import dev.nightshift.batch.standalone.JobRunSummary;
import dev.nightshift.batch.standalone.StandaloneJobs;
import dev.nightshift.batch.support.BuildParameters;
import dev.nightshift.batch.support.ServingVersionSteps;
import dev.nightshift.precompute.trends.TrendDocuments;
import dev.nightshift.precompute.feeds.FeedBuilder;
import dev.nightshift.precompute.feeds.FeedItem;
import dev.nightshift.precompute.feeds.FeedParameters;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.recommendations.PeopleYouMayKnow;
import dev.nightshift.precompute.recommendations.PeopleYouMayKnowParameters;
import dev.nightshift.precompute.recommendations.PersonYouMayKnow;
import dev.nightshift.precompute.recommendations.Recommendation;
import dev.nightshift.precompute.recommendations.RecommendationBuilder;
import dev.nightshift.precompute.recommendations.RecommendationParameters;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingReader;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.VersionInfo;
import dev.nightshift.precompute.serving.VersionState;
import dev.nightshift.precompute.serving.document.DocumentCodec;
import dev.nightshift.precompute.serving.document.RecommendationsDocument;
import dev.nightshift.precompute.serving.document.ServingDocument;
import dev.nightshift.precompute.trends.AuthorRegions;
import dev.nightshift.precompute.trends.TrendBuilder;
import dev.nightshift.precompute.trends.TrendParameters;
import dev.nightshift.precompute.trends.TrendingTag;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobsMatchInMemoryBuildersTest {
  private static final Instant BUILD_TIME = END.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  @TempDir static Path dataDir;
  private static StandaloneJobs jobs;
  private static Path lake;

  @BeforeAll
  static void start() {
    lake = GeneratedLake.path();
    jobs = StandaloneJobs.start(Map.of("nightshift.data-dir", dataDir.toString(),
        "nightshift.batch.threads", "2", "nightshift.batch.chunk-size", "50"));
  }

  @AfterAll
  static void stop() {
    jobs.close();
  }

  @Test
  void the_feeds_job_stores_every_feed_that_the_in_memory_builder_computes() {
    JobRunSummary run = run("feeds");

    LocalDate from = LocalDate.ofInstant(BUILD_TIME.minus(FeedParameters.DEFAULTS.lookback()), ZoneOffset.UTC);
    List<FeedItem> expected = new FeedBuilder(FeedParameters.DEFAULTS).build(
        ReferenceBuilds.snapshot(lake, Datasets.FOLLOWS),
        ReferenceBuilds.range(lake, Datasets.POSTS, from, END),
        ReferenceBuilds.range(lake, Datasets.ENGAGEMENTS, from, END),
        BUILD_TIME);
    List<ServingDocument> documents = expected.stream()
        .collect(Collectors.groupingBy(FeedItem::userId, TreeMap::new, Collectors.toList()))
        .entrySet().stream()
        .map(e -> (ServingDocument) FeedDocuments.of(e.getKey(), e.getValue()))
        .toList();

    assertThat(documents).hasSizeGreaterThan(100);
    assertStored(run, ServingDataset.FEEDS, documents);
  }

  @Test
  void the_recommendations_job_stores_both_lists_that_the_in_memory_builders_compute() {
    JobRunSummary run = run("recommendations");

    Map<Long, List<Recommendation>> nearby = new RecommendationBuilder(RecommendationParameters.DEFAULTS)
        .build(
            ReferenceBuilds.snapshot(lake, Datasets.USERS),
            ReferenceBuilds.range(lake, Datasets.SWIPES, LocalDate.of(1970, 1, 1), END),
            BUILD_TIME)
        .stream().collect(Collectors.groupingBy(Recommendation::userId));
    Map<Long, List<PersonYouMayKnow>> known = new PeopleYouMayKnow(PeopleYouMayKnowParameters.DEFAULTS)
        .build(ReferenceBuilds.snapshot(lake, Datasets.FOLLOWS), BUILD_TIME)
        .stream().collect(Collectors.groupingBy(PersonYouMayKnow::userId));
    TreeSet<Long> users = new TreeSet<>(nearby.keySet());
    users.addAll(known.keySet());
    List<RecommendationsDocument> documents = users.stream()
        .map(user -> RecommendationDocuments.of(
            user, nearby.getOrDefault(user, List.of()), known.getOrDefault(user, List.of())))
        .toList();

    assertThat(documents).hasSizeGreaterThan(100);
    assertThat(documents).filteredOn(d -> !d.items().isEmpty()).hasSizeGreaterThan(10);
    assertThat(documents).filteredOn(d -> !d.peopleYouMayKnow().isEmpty()).hasSizeGreaterThan(100);
    assertThat(documents)
        .filteredOn(d -> !d.items().isEmpty() && !d.peopleYouMayKnow().isEmpty()).isNotEmpty();
    assertStored(run, ServingDataset.RECOMMENDATIONS, documents);
  }

  @Test
  void the_trends_job_stores_the_last_windows_trends_per_region_and_globally() {
    JobRunSummary run = run("trends");

    TrendParameters parameters = TrendParameters.DEFAULTS;
    Instant window = BUILD_TIME.minus(parameters.window());
    var posts = ReferenceBuilds.range(lake, Datasets.POSTS, END.minusDays(1), END);
    TrendBuilder builder = new TrendBuilder(parameters);
    List<TrendingTag> regional = builder.build(posts, AuthorRegions.fromHomes(
        ReferenceBuilds.snapshot(lake, Datasets.USERS), parameters.regionResolution()), window, BUILD_TIME);
    List<TrendingTag> global = builder.build(posts, author -> 0L, window, BUILD_TIME);
    List<ServingDocument> documents = new ArrayList<>();
    regional.stream().filter(t -> t.regionCell() != AuthorRegions.UNKNOWN)
        .collect(Collectors.groupingBy(TrendingTag::regionCell, TreeMap::new, Collectors.toList()))
        .forEach((region, tags) -> documents.add(TrendDocuments.of(parameters.window(), region, tags)));
    if (!global.isEmpty()) {
      documents.add(TrendDocuments.of(parameters.window(), 0, global));
    }

    assertThat(documents).isNotEmpty();
    assertStored(run, ServingDataset.TRENDS, documents);
  }

  private static JobRunSummary run(String job) {
    JobRunSummary run = jobs.run(job, new BuildParameters(lake.toString(), END,
        BUILD_TIME.minusSeconds(86_400), BUILD_TIME, "test/" + job).toJobParameters());
    assertThat(run.succeeded()).as(run.format()).isTrue();
    return run;
  }

  private static void assertStored(JobRunSummary run, ServingDataset dataset, List<? extends ServingDocument> expected) {
    ServingStore store = jobs.bean(ServingStore.class);
    VersionInfo version = store.versions(dataset).stream()
        .filter(v -> v.producer().equals("test/" + dataset)).findFirst().orElseThrow();
    assertThat(version.state()).isEqualTo(VersionState.SEALED);
    assertThat(run.exitDescription()).contains(dataset + " version " + version.version());
    assertThat(version.stats().orElseThrow().rows()).isEqualTo(expected.size());
    ServingReader reader = store.reader();
    for (ServingDocument document : expected) {
      byte[] stored = reader.read(dataset, version.version(), document.key()).orElseThrow().body();
      assertThat(new String(stored)).isEqualTo(new String(DocumentCodec.toBytes(document)));
    }
    assertThat(ServingVersionSteps.VERSION).isEqualTo("serving.version");
  }
}
