package dev.nightshift.precompute.recommendations;

import dev.nightshift.precompute.serving.document.RecommendationsDocument;
import java.util.List;

/**
 * A user's two ranked lists as the serving document apps read. A nearby candidate's reason is
 * {@code liked_you} when they already liked the user, else {@code nearby}, with the match score; a
 * person the user may know has reason {@code mutual_follows} and the count of mutual follows as
 * score.
 */
public final class RecommendationDocuments {
  public static final String LIKED_YOU = "liked_you";
  public static final String NEARBY = "nearby";
  public static final String MUTUAL_FOLLOWS = "mutual_follows";

  private RecommendationDocuments() {}

  /** The user's document of both lists. */
  public static RecommendationsDocument of(
      long userId, List<Recommendation> nearby, List<PersonYouMayKnow> peopleYouMayKnow) {
    return new RecommendationsDocument(
        userId,
        nearby.stream()
            .map(
                r ->
                    new RecommendationsDocument.Item(
                        r.candidateId(), r.likedYou() ? LIKED_YOU : NEARBY, r.score()))
            .toList(),
        peopleYouMayKnow.stream()
            .map(
                p ->
                    new RecommendationsDocument.Item(
                        p.candidateId(), MUTUAL_FOLLOWS, p.mutualFollows()))
            .toList());
  }
}
