package dev.nightshift.precompute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.precompute.compaction.versions.RetentionParameters;
import dev.nightshift.precompute.compaction.versions.RetentionReport;
import dev.nightshift.precompute.compaction.versions.StorageRetention;
import dev.nightshift.precompute.feeds.FeedBuilder;
import dev.nightshift.precompute.feeds.FeedItem;
import dev.nightshift.precompute.feeds.FeedParameters;
import dev.nightshift.precompute.generate.GeneratorConfig;
import dev.nightshift.precompute.generate.MemorySink;
import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.model.EngagementKind;
import dev.nightshift.precompute.model.Follow;
import dev.nightshift.precompute.model.User;
import dev.nightshift.precompute.recommendations.MatchRules;
import dev.nightshift.precompute.recommendations.PeopleYouMayKnow;
import dev.nightshift.precompute.recommendations.PeopleYouMayKnowParameters;
import dev.nightshift.precompute.recommendations.PersonYouMayKnow;
import dev.nightshift.precompute.recommendations.Recommendation;
import dev.nightshift.precompute.recommendations.RecommendationBuilder;
import dev.nightshift.precompute.recommendations.RecommendationParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Feeds, recommendations and retention on the synthetic generator's data. */
class GeneratedComputationsTest {
  private static final GeneratorConfig CONFIG =
      new GeneratorConfig(0.01, 3, 5, LocalDate.of(2026, 11, 24));
  private static final Instant BUILD = CONFIG.end();

  private final MemorySink generated = GeneratedRows.of(CONFIG);

  @Test
  void feeds_hold_only_unseen_recent_posts_of_followed_authors() {
    List<Follow> follows = generated.rows(Datasets.FOLLOWS);
    List<FeedItem> feeds =
        new FeedBuilder(FeedParameters.DEFAULTS)
            .build(
                follows,
                generated.rows(Datasets.POSTS),
                generated.rows(Datasets.ENGAGEMENTS),
                BUILD);

    Set<String> followed =
        follows.stream()
            .map(f -> f.followerId() + ">" + f.followeeId())
            .collect(Collectors.toSet());
    Set<String> viewed =
        generated.rows(Datasets.ENGAGEMENTS).stream()
            .filter(e -> e.kind() == EngagementKind.VIEW)
            .map(e -> e.userId() + ":" + e.postId())
            .collect(Collectors.toSet());
    Instant windowStart = BUILD.minus(FeedParameters.DEFAULTS.lookback());
    assertThat(feeds).hasSizeGreaterThan(1_000);
    assertThat(feeds)
        .allSatisfy(
            item -> {
              assertThat(followed.contains(item.userId() + ">" + item.authorId())).isTrue();
              assertThat(viewed.contains(item.userId() + ":" + item.postId())).isFalse();
              assertThat(item.createdAt()).isBetween(windowStart, BUILD);
            });
  }

  @Test
  void recommendations_match_both_sides_and_skip_everyone_already_swiped() {
    List<User> users = generated.rows(Datasets.USERS);
    Map<Long, User> byId =
        users.stream().collect(Collectors.toMap(User::userId, Function.identity()));
    Set<String> swiped =
        generated.rows(Datasets.SWIPES).stream()
            .map(s -> s.swiperId() + ">" + s.swipeeId())
            .collect(Collectors.toSet());

    List<Recommendation> recommendations =
        new RecommendationBuilder(RecommendationParameters.DEFAULTS)
            .build(users, generated.rows(Datasets.SWIPES), BUILD);

    assertThat(recommendations).hasSizeGreaterThan(20);
    assertThat(recommendations).anyMatch(Recommendation::likedYou);
    assertThat(recommendations)
        .allSatisfy(
            r -> {
              assertThat(swiped.contains(r.userId() + ">" + r.candidateId())).isFalse();
              assertThat(
                      MatchRules.distanceIfMatching(
                          byId.get(r.userId()), byId.get(r.candidateId()), BUILD))
                  .isPresent();
            });
  }

  @Test
  void people_you_may_know_count_mutual_follows_exactly() {
    List<Follow> follows = generated.rows(Datasets.FOLLOWS);
    Map<Long, Set<Long>> following =
        follows.stream()
            .collect(
                Collectors.groupingBy(
                    Follow::followerId,
                    Collectors.mapping(Follow::followeeId, Collectors.toSet())));

    List<PersonYouMayKnow> suggestions =
        new PeopleYouMayKnow(PeopleYouMayKnowParameters.DEFAULTS).build(follows, BUILD);

    assertThat(suggestions).hasSizeGreaterThan(100);
    for (PersonYouMayKnow p : suggestions.subList(0, 100)) {
      Set<Long> mine = following.get(p.userId());
      long mutual =
          mine.stream()
              .filter(f -> following.getOrDefault(f, Set.of()).contains(p.candidateId()))
              .count();
      assertThat(mutual).isEqualTo(p.mutualFollows());
      assertThat(mine.contains(p.candidateId())).isFalse();
    }
  }

  @Test
  void retention_never_deletes_a_chunk_a_kept_version_references() {
    RetentionReport report =
        new StorageRetention(RetentionParameters.DEFAULTS)
            .apply(generated.rows(Datasets.FILE_VERSIONS), generated.rows(Datasets.CHUNKS), BUILD);

    Set<String> referenced = new HashSet<>();
    report.keptVersions().forEach(v -> referenced.addAll(v.chunkHashes()));
    assertThat(report.keptVersions()).isNotEmpty();
    assertThat(report.missingChunks()).isEmpty();
    assertThat(report.deletableChunks()).noneMatch(c -> referenced.contains(c.hash()));
  }
}
