package dev.nightshift.precompute.feeds;

import dev.nightshift.precompute.model.Engagement;
import dev.nightshift.precompute.model.EngagementKind;
import dev.nightshift.precompute.model.Follow;
import dev.nightshift.precompute.model.Post;
import it.unimi.dsi.fastutil.bytes.ByteArrayList;
import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Collects the rows of a feed build in any order and indexes them ({@link #build}). Only data from
 * before the build time counts (follows, engagements); candidates are posts created in {@code
 * [buildTime - lookback, buildTime)}; a post's engagement and a user's affinity count likes,
 * comments and shares, affinity on every post added, not only on candidates; a view marks a post
 * as seen. A post id added twice counts once, as its last row. Times count in whole milliseconds,
 * as the lake stores them.
 *
 * <p>Not thread-safe: fill one builder per thread and combine them with {@link #addAll}.
 */
public final class FeedIndexBuilder {
  private static final int KINDS = EngagementKind.values().length;
  /** The low bits of an affinity entry that hold the engagement kind; the author index is above. */
  private static final int KIND_BITS = 32 - Integer.numberOfLeadingZeros(KINDS - 1);

  private final FeedParameters parameters;
  private final long buildMillis;
  private final long windowStartMillis;
  private final LongArrayList postIds = new LongArrayList();
  private final LongArrayList postAuthors = new LongArrayList();
  private final LongArrayList postCreated = new LongArrayList();
  private final LongArrayList engagementUsers = new LongArrayList();
  private final LongArrayList engagementPosts = new LongArrayList();
  private final ByteArrayList engagementKinds = new ByteArrayList();
  private final LongArrayList viewUsers = new LongArrayList();
  private final LongArrayList viewPosts = new LongArrayList();
  private final LongArrayList followers = new LongArrayList();
  private final LongArrayList followees = new LongArrayList();

  FeedIndexBuilder(FeedParameters parameters, Instant buildTime) {
    this.parameters = parameters;
    this.buildMillis = buildTime.toEpochMilli();
    this.windowStartMillis = buildTime.minus(parameters.lookback()).toEpochMilli();
  }

  public FeedIndexBuilder addPost(long postId, long authorId, long createdAtMillis) {
    postIds.add(postId);
    postAuthors.add(authorId);
    postCreated.add(createdAtMillis);
    return this;
  }

  public FeedIndexBuilder addEngagement(
      long userId, long postId, EngagementKind kind, long atMillis) {
    if (atMillis >= buildMillis) {
      return this;
    }
    if (kind == EngagementKind.VIEW) {
      viewUsers.add(userId);
      viewPosts.add(postId);
    } else {
      engagementUsers.add(userId);
      engagementPosts.add(postId);
      engagementKinds.add((byte) kind.ordinal());
    }
    return this;
  }

  public FeedIndexBuilder addFollow(long followerId, long followeeId, long createdAtMillis) {
    if (createdAtMillis < buildMillis) {
      followers.add(followerId);
      followees.add(followeeId);
    }
    return this;
  }

  public FeedIndexBuilder add(Post post) {
    return addPost(post.postId(), post.authorId(), post.createdAt().toEpochMilli());
  }

  public FeedIndexBuilder add(Engagement e) {
    return addEngagement(e.userId(), e.postId(), e.kind(), e.at().toEpochMilli());
  }

  public FeedIndexBuilder add(Follow f) {
    return addFollow(f.followerId(), f.followeeId(), f.createdAt().toEpochMilli());
  }

  /** Adds every row of {@code other}, a builder for the same parameters and build time. */
  public FeedIndexBuilder addAll(FeedIndexBuilder other) {
    if (!other.parameters.equals(parameters) || other.buildMillis != buildMillis) {
      throw new IllegalArgumentException("cannot combine feed inputs of different builds");
    }
    postIds.addAll(other.postIds);
    postAuthors.addAll(other.postAuthors);
    postCreated.addAll(other.postCreated);
    engagementUsers.addAll(other.engagementUsers);
    engagementPosts.addAll(other.engagementPosts);
    engagementKinds.addAll(other.engagementKinds);
    viewUsers.addAll(other.viewUsers);
    viewPosts.addAll(other.viewPosts);
    followers.addAll(other.followers);
    followees.addAll(other.followees);
    return this;
  }

  public FeedIndex build() {
    return build(Runnable::run);
  }

  /**
   * Indexes the rows, grouping the views on {@code executor} while this thread groups the rest:
   * the two biggest passes, over rows already read, run side by side.
   */
  public FeedIndex build(Executor executor) {
    Long2IntOpenHashMap postIndex = indexOf(postIds);
    int[] position = new int[postIds.size()];
    long[] authorIds = candidateAuthors(postIndex, position);
    Long2IntOpenHashMap authorIndex = indexOf(LongArrayList.wrap(authorIds));
    int[] postStart = new int[authorIds.length + 1];
    int candidates = placeCandidates(authorIndex, position, postStart);

    long[] users = distinctSorted(followers);
    Long2IntOpenHashMap userIndex = indexOf(LongArrayList.wrap(users));
    CompletableFuture<UserGroups> seen =
        CompletableFuture.supplyAsync(
            () -> seen(postIndex, position, userIndex, users.length), executor);

    long[] received = new long[candidates * KINDS];
    UserGroups affinity =
        tallyEngagements(postIndex, position, authorIndex, userIndex, received);
    FeedIndex.CandidatePosts posts = candidatePosts(authorIds, postStart, position, received);
    UserGroups follows = followsOf(userIndex, authorIndex, users.length);
    FeedIndex.Followees followees = withAffinity(follows, affinity, users.length);
    return new FeedIndex(parameters, users, followees, posts, seen.join());
  }

  private boolean isCandidate(int post) {
    long created = postCreated.getLong(post);
    return created >= windowStartMillis && created < buildMillis;
  }

  /** Marks the posts that count (a duplicated id's last row) and returns the candidates' authors. */
  private long[] candidateAuthors(Long2IntOpenHashMap postIndex, int[] position) {
    LongArrayList authors = new LongArrayList();
    for (int i = 0; i < position.length; i++) {
      boolean counts = postIndex.get(postIds.getLong(i)) == i && isCandidate(i);
      position[i] = counts ? 0 : -1;
      if (counts) {
        authors.add(postAuthors.getLong(i));
      }
    }
    return distinctSorted(authors);
  }

  /** Gives each candidate its position, grouped by author index; fills {@code postStart}. */
  private int placeCandidates(Long2IntOpenHashMap authorIndex, int[] position, int[] postStart) {
    for (int i = 0; i < position.length; i++) {
      if (position[i] == 0) {
        postStart[authorIndex.get(postAuthors.getLong(i)) + 1]++;
      }
    }
    for (int a = 1; a < postStart.length; a++) {
      postStart[a] += postStart[a - 1];
    }
    int[] next = Arrays.copyOf(postStart, postStart.length - 1);
    for (int i = 0; i < position.length; i++) {
      if (position[i] == 0) {
        position[i] = next[authorIndex.get(postAuthors.getLong(i))]++;
      }
    }
    return postStart[postStart.length - 1];
  }

  /**
   * Counts what each candidate received into {@code received} (candidate {@code p}'s count of a
   * kind at {@code p * KINDS + ordinal}), and returns each user's non-view
   * engagements with candidate authors as {@code authorIndex << KIND_BITS | kind ordinal}.
   */
  private UserGroups tallyEngagements(
      Long2IntOpenHashMap postIndex,
      int[] position,
      Long2IntOpenHashMap authorIndex,
      Long2IntOpenHashMap userIndex,
      long[] received) {
    IntArrayList users = new IntArrayList(engagementPosts.size());
    LongArrayList authorKinds = new LongArrayList(engagementPosts.size());
    for (int e = 0; e < engagementPosts.size(); e++) {
      int post = postIndex.get(engagementPosts.getLong(e));
      if (post < 0) {
        continue;
      }
      byte kind = engagementKinds.getByte(e);
      if (position[post] >= 0) {
        received[position[post] * KINDS + kind]++;
      }
      int author = authorIndex.get(postAuthors.getLong(post));
      int user = userIndex.get(engagementUsers.getLong(e));
      if (author >= 0 && user >= 0) {
        users.add(user);
        authorKinds.add((long) author << KIND_BITS | kind);
      }
    }
    return UserGroups.of(users, authorKinds, userIndex.size());
  }

  private FeedIndex.CandidatePosts candidatePosts(
      long[] authorIds, int[] postStart, int[] position, long[] received) {
    int candidates = received.length / KINDS;
    FeedScorer scorer = new FeedScorer(parameters);
    long[] ids = new long[candidates];
    Instant[] createdAt = new Instant[candidates];
    double[] postFactors = new double[candidates];
    for (int i = 0; i < position.length; i++) {
      int p = position[i];
      if (p >= 0) {
        long created = postCreated.getLong(i);
        ids[p] = postIds.getLong(i);
        createdAt[p] = Instant.ofEpochMilli(created);
        postFactors[p] = scorer.postFactor(
            Math.max(0, buildMillis - created), EngagementTally.ofCounts(received, p * KINDS));
      }
    }
    return new FeedIndex.CandidatePosts(authorIds, postStart, ids, createdAt, postFactors);
  }

  /** Each user's followees that are candidate authors, as author indexes (sorted, may repeat). */
  private UserGroups followsOf(
      Long2IntOpenHashMap userIndex, Long2IntOpenHashMap authorIndex, int userCount) {
    IntArrayList users = new IntArrayList(followers.size());
    LongArrayList authors = new LongArrayList(followers.size());
    for (int f = 0; f < followers.size(); f++) {
      int author = authorIndex.get(followees.getLong(f));
      if (author >= 0) {
        users.add(userIndex.get(followers.getLong(f)));
        authors.add(author);
      }
    }
    return UserGroups.of(users, authors, userCount);
  }

  /** Pairs each distinct followee with the user's affinity factor towards them. */
  private FeedIndex.Followees withAffinity(UserGroups follows, UserGroups affinity, int userCount) {
    FeedScorer scorer = new FeedScorer(parameters);
    int[] start = new int[userCount + 1];
    IntArrayList authors = new IntArrayList(follows.values.length);
    DoubleArrayList factors = new DoubleArrayList(follows.values.length);
    long[] counts = new long[KINDS];
    double noAffinity = scorer.affinityFactor(EngagementTally.NONE);
    for (int u = 0; u < userCount; u++) {
      int a = affinity.start[u];
      int affinityEnd = affinity.start[u + 1];
      long previous = -1;
      for (int f = follows.start[u]; f < follows.start[u + 1]; f++) {
        long author = follows.values[f];
        if (author == previous) {
          continue;
        }
        previous = author;
        while (a < affinityEnd && affinity.values[a] >>> KIND_BITS < author) {
          a++;
        }
        Arrays.fill(counts, 0);
        boolean engaged = false;
        for (; a < affinityEnd && affinity.values[a] >>> KIND_BITS == author; a++) {
          counts[(int) (affinity.values[a] & ((1 << KIND_BITS) - 1))]++;
          engaged = true;
        }
        authors.add((int) author);
        // Most users never engaged with most of the authors they follow: one shared factor.
        factors.add(
            engaged ? scorer.affinityFactor(EngagementTally.ofCounts(counts, 0)) : noAffinity);
      }
      start[u + 1] = authors.size();
    }
    return new FeedIndex.Followees(start, authors.toIntArray(), factors.toDoubleArray());
  }

  /** Each user's viewed candidates, as positions. */
  private UserGroups seen(
      Long2IntOpenHashMap postIndex, int[] position, Long2IntOpenHashMap userIndex, int userCount) {
    IntArrayList users = new IntArrayList(viewPosts.size());
    LongArrayList positions = new LongArrayList(viewPosts.size());
    for (int v = 0; v < viewPosts.size(); v++) {
      int post = postIndex.get(viewPosts.getLong(v));
      if (post < 0 || position[post] < 0) {
        continue;
      }
      int user = userIndex.get(viewUsers.getLong(v));
      if (user >= 0) {
        users.add(user);
        positions.add(position[post]);
      }
    }
    return UserGroups.of(users, positions, userCount);
  }

  /** Maps each id to its index in {@code ids}; the last index for an id given twice; -1 if absent. */
  private static Long2IntOpenHashMap indexOf(LongArrayList ids) {
    Long2IntOpenHashMap index = new Long2IntOpenHashMap(ids.size());
    index.defaultReturnValue(-1);
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.getLong(i), i);
    }
    return index;
  }

  private static long[] distinctSorted(LongArrayList values) {
    long[] sorted = values.toLongArray();
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }
}
