package dev.nightshift.precompute.serving;

import java.util.Arrays;

/** The datasets the serving store holds; {@link #storedName()} is the name in the database. */
public enum ServingDataset {
  FEEDS("feeds"),
  RECOMMENDATIONS("recommendations"),
  TRENDS("trends");

  private final String storedName;

  ServingDataset(String storedName) {
    this.storedName = storedName;
  }

  public String storedName() {
    return storedName;
  }

  public static ServingDataset ofStoredName(String name) {
    return Arrays.stream(values())
        .filter(d -> d.storedName.equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown serving dataset '"
                        + name
                        + "'; expected one of feeds, recommendations, trends"));
  }

  @Override
  public String toString() {
    return storedName;
  }
}
