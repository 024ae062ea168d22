package dev.nightshift.scheduler.run;

import java.time.Instant;
import java.util.Locale;

/** Why a run exists. Its name prefixes the run id, as in Airflow ({@code scheduled__<date>}). */
public enum RunType {
  SCHEDULED,
  MANUAL,
  BACKFILL;

  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RunType fromApiName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  public String runId(Instant logicalDate) {
    return apiName() + "__" + logicalDate;
  }
}
