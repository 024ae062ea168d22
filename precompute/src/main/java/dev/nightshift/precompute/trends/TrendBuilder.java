package dev.nightshift.precompute.trends;

import dev.nightshift.precompute.model.Post;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds trends in memory: the reference for the batch and Spark jobs (which build the same {@link
 * TagSketches} per partition and merge them). Windows starting in {@code [from, to)} are reported;
 * their baselines come from the windows before, so pass posts from {@code baselineWindows} windows
 * before {@code from} too, or early windows compare against an empty history and every tag in them
 * looks new.
 */
public final class TrendBuilder {
  private final TrendParameters parameters;
  private final TrendRanker ranker;

  public TrendBuilder(TrendParameters parameters) {
    this.parameters = parameters;
    this.ranker = new TrendRanker(parameters);
  }

  /** The partial of every (window, region) that has posts with tags. */
  public Map<TrendKey, TagSketches> count(Iterable<Post> posts, AuthorRegions regions) {
    Map<TrendKey, TagSketches> partials = new TreeMap<>();
    for (Post post : posts) {
      List<String> tags = HashtagExtractor.extract(post.text());
      if (tags.isEmpty()) {
        continue;
      }
      TrendKey key =
          new TrendKey(
              parameters.windowStartOf(post.createdAt()), regions.regionOf(post.authorId()));
      TagSketches sketches = partials.computeIfAbsent(key, k -> new TagSketches(parameters));
      for (String tag : tags) {
        sketches.add(tag, post.authorId());
      }
    }
    return partials;
  }

  /** Trend lists ordered by window, region and rank. */
  public List<TrendingTag> build(
      Iterable<Post> posts, AuthorRegions regions, Instant from, Instant to) {
    return rank(count(posts, regions), from, to);
  }

  /** Ranks every (window, region) of {@code partials} whose window starts in {@code [from, to)}. */
  public List<TrendingTag> rank(Map<TrendKey, TagSketches> partials, Instant from, Instant to) {
    TagSketches empty = new TagSketches(parameters);
    List<TrendingTag> trends = new ArrayList<>();
    new TreeMap<>(partials)
        .forEach(
            (key, current) -> {
              if (key.windowStart().isBefore(from) || !key.windowStart().isBefore(to)) {
                return;
              }
              List<TagSketches> baseline = new ArrayList<>(parameters.baselineWindows());
              for (int i = 1; i <= parameters.baselineWindows(); i++) {
                baseline.add(partials.getOrDefault(key.earlier(i, parameters), empty));
              }
              trends.addAll(ranker.rank(key, current, baseline));
            });
    return trends;
  }
}
