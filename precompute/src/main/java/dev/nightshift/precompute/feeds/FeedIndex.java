package dev.nightshift.precompute.feeds;

import dev.nightshift.precompute.model.Engagement;
import dev.nightshift.precompute.model.Follow;
import dev.nightshift.precompute.model.Post;
import it.unimi.dsi.fastutil.doubles.DoubleHeapPriorityQueue;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.longs.LongList;
import it.unimi.dsi.fastutil.longs.LongLists;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The inputs of a feed build, grouped for it: each user's followees with the user's affinity
 * factor towards each, each author's candidate posts with the part of the score that depends on
 * the post alone, and the candidates each user has seen. A user's feed is then a walk over sorted
 * arrays: no lookup per (user, post) pair, and the same bits as {@link FeedScorer#score} because
 * the score factorises (see {@link FeedScorer#postFactor}).
 *
 * <p>Made by a {@link FeedIndexBuilder}; read-only once built, so any number of threads may ask
 * for feeds at once.
 */
public final class FeedIndex {
  private final FeedRanker ranker;
  private final int size;
  private final long[] users;
  private final int[] followeeStart;
  private final int[] followees;
  private final double[] affinityFactors;
  private final long[] authorIds;
  private final int[] postStart;
  private final long[] postIds;
  private final Instant[] createdAt;
  private final double[] postFactors;
  private final UserGroups seen;

  FeedIndex(
      FeedParameters parameters,
      long[] users,
      Followees followeesOfUsers,
      CandidatePosts posts,
      UserGroups seen) {
    this.ranker = new FeedRanker(parameters);
    this.size = parameters.size();
    this.users = users;
    this.followeeStart = followeesOfUsers.start();
    this.followees = followeesOfUsers.authors();
    this.affinityFactors = followeesOfUsers.affinityFactors();
    this.authorIds = posts.authorIds();
    this.postStart = posts.start();
    this.postIds = posts.postIds();
    this.createdAt = posts.createdAt();
    this.postFactors = posts.postFactors();
    this.seen = seen;
  }

  /** An empty builder for the feeds as of {@code buildTime}. */
  public static FeedIndexBuilder builder(FeedParameters parameters, Instant buildTime) {
    return new FeedIndexBuilder(parameters, buildTime);
  }

  /** The index of rows held in memory. */
  public static FeedIndex of(
      FeedParameters parameters,
      Instant buildTime,
      Iterable<Follow> follows,
      Iterable<Post> posts,
      Iterable<Engagement> engagements) {
    FeedIndexBuilder builder = builder(parameters, buildTime);
    posts.forEach(builder::add);
    engagements.forEach(builder::add);
    follows.forEach(builder::add);
    return builder.build();
  }

  /** Every user who follows someone, ascending. */
  public List<Long> users() {
    return LongLists.unmodifiable(LongArrayList.wrap(users));
  }

  /** The user's feed in rank order; empty when nothing unseen was posted by their followees. */
  public List<FeedItem> feedOf(long userId) {
    int user = Arrays.binarySearch(users, userId);
    if (user < 0) {
      return List.of();
    }
    int[] positions = new int[candidateCount(user)];
    double[] scores = new double[positions.length];
    int[] authors = new int[positions.length];
    int count = 0;
    // Candidates come in ascending position (followees ascend, and so do their posts), as do the
    // user's seen positions: one merge skips what the user has seen.
    int seenAt = seen.start[user];
    int seenEnd = seen.start[user + 1];
    for (int f = followeeStart[user]; f < followeeStart[user + 1]; f++) {
      int author = followees[f];
      for (int p = postStart[author]; p < postStart[author + 1]; p++) {
        while (seenAt < seenEnd && seen.values[seenAt] < p) {
          seenAt++;
        }
        if (seenAt < seenEnd && seen.values[seenAt] == p) {
          continue;
        }
        positions[count] = p;
        authors[count] = author;
        scores[count] = FeedScorer.score(postFactors[p], affinityFactors[f]);
        count++;
      }
    }
    // Only candidates scoring at least the size-th best score can make the feed: the ranker
    // orders just those, instead of one object per candidate.
    double cutoff = cutoff(scores, count);
    List<FeedCandidate> contenders = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (scores[i] >= cutoff) {
        int p = positions[i];
        contenders.add(
            new FeedCandidate(postIds[p], authorIds[authors[i]], createdAt[p], scores[i]));
      }
    }
    return ranker.rank(userId, contenders, post -> false);
  }

  private int candidateCount(int user) {
    int count = 0;
    for (int f = followeeStart[user]; f < followeeStart[user + 1]; f++) {
      count += postStart[followees[f] + 1] - postStart[followees[f]];
    }
    return count;
  }

  /** The size-th highest of the first {@code count} scores, or minus infinity if fewer. */
  private double cutoff(double[] scores, int count) {
    if (count <= size) {
      return Double.NEGATIVE_INFINITY;
    }
    DoubleHeapPriorityQueue best = new DoubleHeapPriorityQueue(size);
    for (int i = 0; i < count; i++) {
      if (best.size() < size) {
        best.enqueue(scores[i]);
      } else if (scores[i] > best.firstDouble()) {
        best.dequeueDouble();
        best.enqueue(scores[i]);
      }
    }
    return best.firstDouble();
  }

  /** Each user's distinct followees that have candidates, ascending, with the affinity factor. */
  record Followees(int[] start, int[] authors, double[] affinityFactors) {}

  /**
   * Candidate posts grouped by author index: author {@code a}'s are at {@code [start[a],
   * start[a + 1])}, authors ascending by id.
   */
  record CandidatePosts(
      long[] authorIds, int[] start, long[] postIds, Instant[] createdAt, double[] postFactors) {}
}
