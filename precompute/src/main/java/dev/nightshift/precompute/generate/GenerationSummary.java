package dev.nightshift.precompute.generate;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a generation wrote: rows per dataset (in generation order) and how long it took. */
public record GenerationSummary(Map<String, Long> rowsByDataset, Duration elapsed) {
  public GenerationSummary {
    rowsByDataset = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByDataset));
  }

  public long totalRows() {
    return rowsByDataset.values().stream().mapToLong(Long::longValue).sum();
  }

  /** One line: {@code users=100000 follows=... total=... in 12.3 s}. */
  public String line() {
    StringBuilder line = new StringBuilder();
    rowsByDataset.forEach(
        (dataset, rows) -> line.append(dataset).append('=').append(rows).append(' '));
    return line.append("total=")
        .append(totalRows())
        .append(String.format(" in %.1f s", elapsed.toMillis() / 1000.0))
        .toString();
  }
}
