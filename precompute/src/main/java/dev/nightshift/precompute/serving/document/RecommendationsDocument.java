package dev.nightshift.precompute.serving.document;

import java.util.List;

/**
 * A user's recommended people, best first; {@code reason} says why (e.g. nearby, mutual_follows).
 */
public record RecommendationsDocument(long userId, List<Item> items)
    implements ServingDocument.PerUser {

  public record Item(long candidateId, String reason, double score)
      implements ServingDocument.Scored {}
}
