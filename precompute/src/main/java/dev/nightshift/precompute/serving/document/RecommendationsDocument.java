package dev.nightshift.precompute.serving.document;

import java.util.List;

/**
 * A user's recommended people, two lists best first: {@code items}, the nearby, matching
 * candidates (reason {@code liked_you} or {@code nearby}, the match score), and {@code
 * peopleYouMayKnow}, friends of friends (reason {@code mutual_follows}, the count of mutual
 * follows as score). Only {@code items} is paged; the short {@code peopleYouMayKnow} list comes
 * whole with every page. Publish validation measures {@code items} alone ({@link #scoreSummary}):
 * the two scores are on different scales.
 *
 * <p>Documents stored before {@code peopleYouMayKnow} existed decode with an empty list, so older
 * versions stay readable for rollback.
 */
public record RecommendationsDocument(long userId, List<Item> items, List<Item> peopleYouMayKnow)
    implements ServingDocument.PerUser {

  public RecommendationsDocument {
    items = List.copyOf(items);
    peopleYouMayKnow = peopleYouMayKnow == null ? List.of() : List.copyOf(peopleYouMayKnow);
  }

  public record Item(long candidateId, String reason, double score)
      implements ServingDocument.Scored {}
}
