package dev.nightshift.scheduler.store.jdbc;

/**
 * The metadata database was migrated by a newer Nightshift: this build does not know its schema
 * and refuses to use it rather than misread it (a schema is never downgraded).
 */
public final class MetadataSchemaTooNewException extends RuntimeException {
  private final String databaseVersion;
  private final String buildVersion;

  MetadataSchemaTooNewException(String jdbcUrl, String databaseVersion, String buildVersion) {
    super("the metadata database " + displayed(jdbcUrl) + " has schema version " + databaseVersion
        + ", newer than this Nightshift's " + buildVersion
        + "; run the Nightshift that migrated it, or a newer one (a schema is never downgraded)");
    this.databaseVersion = databaseVersion;
    this.buildVersion = buildVersion;
  }

  public String databaseVersion() {
    return databaseVersion;
  }

  public String buildVersion() {
    return buildVersion;
  }

  /** The URL without its settings (after ';' for H2, '?' for PostgreSQL), which may hold secrets. */
  static String displayed(String jdbcUrl) {
    int cut = jdbcUrl.length();
    for (char c : new char[] {';', '?'}) {
      int at = jdbcUrl.indexOf(c);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return jdbcUrl.substring(0, cut);
  }
}
