package dev.nightshift.precompute.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.precompute.model.Engagement;
import dev.nightshift.precompute.model.EngagementKind;
import dev.nightshift.precompute.model.Follow;
import dev.nightshift.precompute.model.Post;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeedBuilderTest {
  private static final Instant BUILD = Instant.parse("2026-11-25T00:00:00Z");
  private static final Instant LONG_AGO = BUILD.minus(Duration.ofDays(30));
  private static final long READER = 1;

  private final FeedBuilder builder = new FeedBuilder(FeedParameters.DEFAULTS);

  @Test
  void only_posts_within_the_lookback_window_before_the_build_time_are_candidates() {
    Instant windowStart = BUILD.minus(FeedParameters.DEFAULTS.lookback());
    List<Post> posts =
        List.of(
            post(10, 100, windowStart.minusMillis(1)),
            post(11, 100, windowStart),
            post(12, 100, BUILD.minusSeconds(1)),
            post(13, 100, BUILD));

    List<FeedItem> feed = builder.build(List.of(follow(READER, 100)), posts, List.of(), BUILD);

    assertThat(feed).extracting(FeedItem::postId).containsExactly(12L, 11L);
  }

  @Test
  void posts_the_user_already_viewed_are_left_out() {
    List<Post> posts = List.of(post(10, 100, hoursAgo(1)), post(11, 100, hoursAgo(2)));
    List<Engagement> engagements = List.of(engagement(READER, 10, EngagementKind.VIEW));

    List<FeedItem> feed = builder.build(List.of(follow(READER, 100)), posts, engagements, BUILD);

    assertThat(feed).extracting(FeedItem::postId).containsExactly(11L);
  }

  @Test
  void a_view_by_someone_else_does_not_hide_the_post() {
    List<Post> posts = List.of(post(10, 100, hoursAgo(1)));
    List<Engagement> engagements = List.of(engagement(2, 10, EngagementKind.VIEW));

    List<FeedItem> feed = builder.build(List.of(follow(READER, 100)), posts, engagements, BUILD);

    assertThat(feed).extracting(FeedItem::postId).containsExactly(10L);
  }

  @Test
  void equal_scores_are_ordered_by_post_id_whatever_the_input_order() {
    List<Post> posts = new ArrayList<>();
    List<Follow> follows = new ArrayList<>();
    for (long author = 100; author < 110; author++) {
      follows.add(follow(READER, author));
      posts.add(post(1000 - author, author, hoursAgo(3)));
    }
    List<FeedItem> expected = builder.build(follows, posts, List.of(), BUILD);
    Collections.shuffle(posts, new Random(7));
    Collections.shuffle(follows, new Random(8));

    List<FeedItem> shuffled = builder.build(follows, posts, List.of(), BUILD);

    assertThat(shuffled).isEqualTo(expected);
    assertThat(shuffled).extracting(FeedItem::postId).isSorted();
    assertThat(shuffled).extracting(FeedItem::rank).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @Test
  void affinity_with_an_author_lifts_that_authors_post_above_an_equal_one() {
    List<Post> posts =
        List.of(
            post(10, 100, hoursAgo(2)),
            post(11, 200, hoursAgo(2)),
            post(1, 200, LONG_AGO),
            post(2, 200, LONG_AGO));
    List<Engagement> engagements =
        List.of(
            engagement(READER, 1, EngagementKind.LIKE),
            engagement(READER, 2, EngagementKind.COMMENT));

    List<FeedItem> feed =
        builder.build(List.of(follow(READER, 100), follow(READER, 200)), posts, engagements, BUILD);

    assertThat(feed).extracting(FeedItem::authorId).containsExactly(200L, 100L);
    assertThat(feed.get(0).score()).isGreaterThan(feed.get(1).score());
  }

  @Test
  void a_newer_post_outranks_an_older_one_and_engagement_lifts_a_post() {
    List<Post> posts =
        List.of(
            post(10, 100, hoursAgo(1)), post(11, 100, hoursAgo(12)), post(12, 100, hoursAgo(12)));
    List<Engagement> engagements =
        List.of(engagement(2, 12, EngagementKind.SHARE), engagement(3, 12, EngagementKind.LIKE));

    List<FeedItem> feed = builder.build(List.of(follow(READER, 100)), posts, engagements, BUILD);

    assertThat(feed).extracting(FeedItem::postId).containsExactly(10L, 12L, 11L);
  }

  @Test
  void the_feed_is_cut_at_the_configured_size_keeping_the_best() {
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      posts.add(post(i, 100, hoursAgo(i + 1)));
    }
    FeedBuilder small = new FeedBuilder(FeedParameters.DEFAULTS.withSize(3));

    List<FeedItem> feed = small.build(List.of(follow(READER, 100)), posts, List.of(), BUILD);

    assertThat(feed).extracting(FeedItem::postId).containsExactly(0L, 1L, 2L);
  }

  @Test
  void follows_and_engagements_from_after_the_build_time_do_not_count() {
    List<Post> posts = List.of(post(10, 100, hoursAgo(1)), post(11, 200, hoursAgo(1)));
    Follow later = new Follow(READER, 200, BUILD.plusSeconds(1));
    Engagement laterView = new Engagement(READER, 10, EngagementKind.VIEW, BUILD);

    List<FeedItem> feed =
        builder.build(List.of(follow(READER, 100), later), posts, List.of(laterView), BUILD);

    assertThat(feed).extracting(FeedItem::postId).containsExactly(10L);
  }

  @Test
  void a_wrong_parameter_is_reported_with_its_name_and_limit() {
    assertThatThrownBy(() -> FeedParameters.DEFAULTS.withSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("feeds.size must be >= 1, was 0");
    assertThatThrownBy(() -> FeedParameters.DEFAULTS.withLookback(Duration.ZERO))
        .hasMessage("feeds.lookback must be a positive duration, was PT0S");
  }

  private static Instant hoursAgo(int hours) {
    return BUILD.minus(Duration.ofHours(hours));
  }

  private static Post post(long postId, long authorId, Instant createdAt) {
    return new Post(postId, authorId, createdAt, "text", null);
  }

  private static Follow follow(long follower, long followee) {
    return new Follow(follower, followee, LONG_AGO);
  }

  private static Engagement engagement(long user, long post, EngagementKind kind) {
    return new Engagement(user, post, kind, BUILD.minusSeconds(60));
  }
}
