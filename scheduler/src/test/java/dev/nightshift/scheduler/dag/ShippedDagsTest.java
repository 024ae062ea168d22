package dev.nightshift.scheduler.dag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The DAG files shipped in the project's top-level dags/ folder load with the real parser. */
class ShippedDagsTest {
  private static final Set<String> ALL_RUNNERS = Set.of("shell", "http", "batch", "publish", "spark", "airflow");

  @Test
  void every_shipped_dag_parses_without_import_errors() throws IOException {
    Path folder = Path.of("..", "dags");
    List<Path> files;
    try (Stream<Path> paths = Files.list(folder)) {
      files = paths.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).extracting(p -> p.getFileName().toString())
        .contains("feeds.yaml", "trends.yaml", "recommendations.yaml", "compaction.yaml");
    DagFileParser parser = new DagFileParser(ALL_RUNNERS);
    for (Path file : files) {
      ParsedDagFile parsed = parser.parse(file);
      assertThat(parsed.ok()).as(file + ": " + parsed).isTrue();
      assertThat(parsed.dag().tasks()).as(file + ": the build task's engine is a param")
          .anyMatch(t -> t.typeParam().equals(java.util.Optional.of("engine"))
              && t.typeFor(parsed.dag().paramDefaults()).equals("batch")
              && t.typeFor(java.util.Map.of("engine", "spark")).equals("spark"));
    }
  }
}
