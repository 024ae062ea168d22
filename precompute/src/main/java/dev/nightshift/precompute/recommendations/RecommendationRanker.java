package dev.nightshift.precompute.recommendations;

import dev.nightshift.precompute.TopN;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks one user's candidates: those who already liked the user first, then by score, ties to the
 * lower candidate id; at most {@link RecommendationParameters#size()} kept.
 */
public final class RecommendationRanker {
  static final Comparator<RecommendationCandidate> BEST_FIRST =
      Comparator.comparing(RecommendationCandidate::likedYou)
          .thenComparingDouble(RecommendationCandidate::score)
          .reversed()
          .thenComparingLong(RecommendationCandidate::candidateId);

  private final int size;

  public RecommendationRanker(RecommendationParameters parameters) {
    this.size = parameters.size();
  }

  /** The same result whatever order the (distinct) candidates arrive in. */
  public List<Recommendation> rank(long userId, Iterable<RecommendationCandidate> candidates) {
    List<Recommendation> ranked = new ArrayList<>();
    for (RecommendationCandidate c : TopN.of(candidates, BEST_FIRST, size)) {
      ranked.add(
          new Recommendation(
              userId, ranked.size() + 1, c.candidateId(), c.distanceKm(), c.score(), c.likedYou()));
    }
    return ranked;
  }
}
