package dev.nightshift.airflow.client;

import java.util.Locale;

/** The two REST APIs of Airflow: {@code v1} (Airflow 2) and {@code v2} (Airflow 3). */
public enum ApiVersion {
  V1("/api/v1"),
  V2("/api/v2");

  private final String basePath;

  ApiVersion(String basePath) {
    this.basePath = basePath;
  }

  public String basePath() {
    return basePath;
  }

  /** {@code v1} or {@code v2}, as written in configuration. */
  public static ApiVersion parse(String text) {
    for (ApiVersion v : values()) {
      if (v.name().equalsIgnoreCase(text.trim())) {
        return v;
      }
    }
    throw new IllegalArgumentException("Airflow API version '" + text + "' is unknown; use v1 or v2");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
