package dev.nightshift.batch.recommendations;

import dev.nightshift.precompute.recommendations.Recommendation;
import dev.nightshift.precompute.serving.document.RecommendationsDocument;
import java.util.List;

/**
 * A user's ranked candidates as the serving document apps read; the reason is {@code liked_you}
 * for a candidate who already liked the user, else {@code nearby}.
 */
public final class RecommendationDocuments {
  public static final String LIKED_YOU = "liked_you";
  public static final String NEARBY = "nearby";

  private RecommendationDocuments() {}

  public static RecommendationsDocument of(long userId, List<Recommendation> ranked) {
    return new RecommendationsDocument(
        userId,
        ranked.stream()
            .map(
                r ->
                    new RecommendationsDocument.Item(
                        r.candidateId(), r.likedYou() ? LIKED_YOU : NEARBY, r.score()))
            .toList());
  }
}
