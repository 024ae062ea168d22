package dev.nightshift.scheduler.dag;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects every problem of one file, each at the line and column it concerns. */
final class Problems {

  private final String file;
  private final List<ImportError> errors = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void at(Node node, String message) {
    at(node.getStartMark(), message);
  }

  void at(Mark mark, String message) {
    if (mark == null) {
      errors.add(new ImportError(file, 0, 0, message));
    } else {
      errors.add(new ImportError(file, mark.getLine() + 1, mark.getColumn() + 1, message));
    }
  }

  /** {@code line} and {@code column} are 1-based. */
  void at(int line, int column, String message) {
    errors.add(new ImportError(file, line, column, message));
  }

  void atFile(String message) {
    errors.add(new ImportError(file, 0, 0, message));
  }

  boolean any() {
    return !errors.isEmpty();
  }

  List<ImportError> list() {
    return List.copyOf(errors);
  }
}
