package dev.nightshift.scheduler.dag;

/**
 * Why a DAG file could not be loaded. The file's other DAGs and every other file keep running.
 *
 * @param line 1-based; 0 when the problem is not tied to a line (an unreadable file)
 * @param column 1-based; 0 when unknown
 */
public record ImportError(String file, int line, int column, String message) {

  /** {@code file:line:column: message}, the shape compilers use, so editors can jump to it. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
