package dev.nightshift.precompute.trends;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the tags of one (window, region) by {@link TrendScore}, highest first; ties go to the
 * larger count, then to the tag that sorts first. Only tags with at least {@link
 * TrendParameters#minCount()} estimated posts are reported, at most {@link TrendParameters#size()}
 * of them.
 */
public final class TrendRanker {
  private static final Comparator<Scored> BEST_FIRST =
      Comparator.comparingDouble(Scored::score)
          .reversed()
          .thenComparing(Comparator.comparingLong(Scored::count).reversed())
          .thenComparing(Scored::tag);

  private final TrendParameters parameters;

  public TrendRanker(TrendParameters parameters) {
    this.parameters = parameters;
  }

  /**
   * @param baseline the partials of the windows before {@code key}'s, an empty partial for a window
   *     without posts; an empty list means the tag has no history and a baseline of 0
   */
  public List<TrendingTag> rank(TrendKey key, TagSketches current, List<TagSketches> baseline) {
    List<Scored> scored = new ArrayList<>();
    for (String tag : current.tagsReaching(parameters.minCount())) {
      long count = current.estimate(tag);
      if (count >= parameters.minCount()) {
        // Each earlier window counts with its upper bound: a tag its sketch dropped may have had
        // up to the sketch's maximum error, and taking 0 would make it look like a riser.
        double before = baseline.stream().mapToLong(b -> b.upperBound(tag)).average().orElse(0);
        scored.add(new Scored(tag, count, TrendScore.of(count, before)));
      }
    }
    scored.sort(BEST_FIRST);

    Instant windowEnd = key.windowStart().plus(parameters.window());
    List<TrendingTag> ranked = new ArrayList<>(Math.min(scored.size(), parameters.size()));
    for (Scored s : scored.subList(0, Math.min(scored.size(), parameters.size()))) {
      Long exact = current.exact(s.tag()).isPresent() ? current.exact(s.tag()).getAsLong() : null;
      ranked.add(
          new TrendingTag(
              key.windowStart(),
              windowEnd,
              key.region(),
              ranked.size() + 1,
              s.tag(),
              s.count(),
              exact,
              Math.round(current.uniqueAuthors(s.tag())),
              s.score()));
    }
    return ranked;
  }

  private record Scored(String tag, long count, double score) {}
}
