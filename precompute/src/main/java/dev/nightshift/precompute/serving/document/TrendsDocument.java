package dev.nightshift.precompute.serving.document;

import java.util.List;

/** The trending hashtags of one time window and region, highest trending score first. */
public record TrendsDocument(String window, String region, List<Item> items)
    implements ServingDocument {

  public record Item(String hashtag, long count, long uniqueAuthors, double score)
      implements ServingDocument.Scored {}

  @Override
  public String key() {
    return TrendKey.parse(window, region).storedKey();
  }
}
