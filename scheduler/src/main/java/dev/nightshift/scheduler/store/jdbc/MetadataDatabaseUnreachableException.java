package dev.nightshift.scheduler.store.jdbc;

/** The metadata database server (PostgreSQL) did not answer when the pool first connected. */
public final class MetadataDatabaseUnreachableException extends RuntimeException {
  MetadataDatabaseUnreachableException(String jdbcUrl, Throwable cause) {
    super("the metadata database " + MetadataSchemaTooNewException.displayed(jdbcUrl)
        + " does not answer: " + rootMessage(cause), cause);
  }

  private static String rootMessage(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
