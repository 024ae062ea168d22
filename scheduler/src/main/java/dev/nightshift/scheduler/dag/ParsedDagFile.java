package dev.nightshift.scheduler.dag;

import java.util.List;

/**
 * The outcome of parsing one DAG file: a definition, or the complete list of its problems.
 *
 * @param version SHA-256 (hex) of the file's bytes; parsing the same bytes again gives the same
 * @param dag null when {@code errors} is not empty
 * @param idLine where the DAG id is written (1-based; 0 when unknown), for errors found later,
 *     such as an id that another file already defines
 */
public record ParsedDagFile(
    String file, String version, DagDefinition dag, List<ImportError> errors, int idLine, int idColumn) {

  public ParsedDagFile {
    errors = List.copyOf(errors);
  }

  public boolean ok() {
    return dag != null;
  }

  /** An error about this file's DAG id, placed where the id is written. */
  public ImportError errorAtId(String message) {
    return new ImportError(file, idLine, idColumn, message);
  }
}
