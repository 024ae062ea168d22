package dev.nightshift.platform.api.serving;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.VersionInfo;
import dev.nightshift.precompute.serving.VersionStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** A dataset's served version and its kept versions, newest first. */
record ServingVersionsJson(
    @JsonProperty("dataset") String dataset,
    @JsonProperty("current_version") Long currentVersion,
    @JsonProperty("versions") List<Version> versions,
    @JsonProperty("total_entries") long totalEntries) {

  /** One kept version; the row count and scores are null until it is sealed. */
  record Version(
      @JsonProperty("version") long version,
      @JsonProperty("state") String state,
      @JsonProperty("is_current") boolean current,
      @JsonProperty("producer") String producer,
      @JsonProperty("created_at") Instant createdAt,
      @JsonProperty("row_count") Long rowCount,
      @JsonProperty("mean_score") Double meanScore,
      @JsonProperty("p50_score") Double p50Score,
      @JsonProperty("p90_score") Double p90Score) {}

  static ServingVersionsJson of(
      ServingDataset dataset, OptionalLong current, List<VersionInfo> oldestFirst) {
    List<Version> newestFirst = new ArrayList<>();
    for (VersionInfo info : oldestFirst) {
      newestFirst.add(0, version(info, current));
    }
    return new ServingVersionsJson(
        dataset.storedName(),
        current.isPresent() ? current.getAsLong() : null,
        newestFirst,
        newestFirst.size());
  }

  private static Version version(VersionInfo info, OptionalLong current) {
    VersionStats stats = info.stats().orElse(null);
    return new Version(
        info.version(),
        info.state().name().toLowerCase(Locale.ROOT),
        current.isPresent() && current.getAsLong() == info.version(),
        info.producer(),
        info.createdAt(),
        stats == null ? null : stats.rows(),
        stats == null ? null : stats.meanScore(),
        stats == null ? null : stats.p50Score(),
        stats == null ? null : stats.p90Score());
  }
}
