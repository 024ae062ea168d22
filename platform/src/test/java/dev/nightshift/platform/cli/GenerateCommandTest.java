package dev.nightshift.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.precompute.lake.Datasets;
import dev.nightshift.precompute.lake.Lake;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
  private static final LocalDate END = LocalDate.of(2026, 11, 24);

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = NightshiftCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("generate"));
    all.addAll(List.of(args));
    return cli.execute(all.toArray(String[]::new));
  }

  /** A small run's arguments; later pairs in {@code overrides} replace the defaults. */
  private static String[] smallRun(Path lake, String... overrides) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("--scale", "0.001");
    options.put("--days", "2");
    options.put("--seed", "3");
    options.put("--end-date", END.toString());
    options.put("--lake", lake.toString());
    for (int i = 0; i < overrides.length; i += 2) {
      options.put(overrides[i], overrides[i + 1]);
    }
    List<String> args = new ArrayList<>();
    options.forEach((option, value) -> args.addAll(List.of(option, value)));
    return args.toArray(String[]::new);
  }

  @Test
  void generates_every_dataset_into_the_lake_and_prints_a_summary_line() {
    Path lake = dir.resolve("lake");
    assertThat(run(smallRun(lake, "--threads", "2"))).isZero();
    assertThat(out.toString())
        .contains("generated users=100 ")
        .contains("engagements=20000 ")
        .contains("planted_bursts=3 ")
        .containsPattern("total=\\d+ in \\d+\\.\\d s");
    try (Lake opened = Lake.open(lake.toString())) {
      assertThat(opened.partitions(Datasets.POSTS)).containsExactly(END.minusDays(1), END);
      assertThat(opened.partitions(Datasets.USERS)).containsExactly(END);
      assertThat(opened.readAll(Datasets.USERS, END)).hasSize(100);
    }
  }

  @Test
  void rejects_a_scale_that_is_not_positive() {
    assertThat(run(smallRun(dir, "--scale", "0"))).isEqualTo(2);
    assertPlainError("scale must be greater than 0");
  }

  @Test
  void rejects_a_scale_beyond_the_id_space() {
    assertThat(run(smallRun(dir, "--scale", "Infinity"))).isEqualTo(2);
    assertPlainError("at most 10000");
  }

  @Test
  void rejects_fewer_than_one_day() {
    assertThat(run(smallRun(dir, "--days", "0"))).isEqualTo(2);
    assertPlainError("days must be at least 1");
  }

  @Test
  void rejects_a_malformed_end_date() {
    assertThat(run(smallRun(dir, "--end-date", "2026-13-01"))).isEqualTo(2);
    assertPlainError(
        "Invalid value for option '--end-date': expected YYYY-MM-DD, got '2026-13-01'");
  }

  @Test
  void refuses_a_lake_path_that_is_a_file() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    assertThat(run(smallRun(file))).isEqualTo(1);
    assertPlainError("lake path is a file");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void refuses_to_overwrite_partitions_already_in_the_lake() throws IOException {
    Path lake = dir.resolve("lake");
    assertThat(run(smallRun(lake))).isZero();
    long filesBefore = countFiles(lake);
    assertThat(run(smallRun(lake))).isEqualTo(1);
    assertPlainError("partition already exists");
    assertThat(countFiles(lake)).isEqualTo(filesBefore);
  }

  private void assertPlainError(String message) {
    assertThat(err.toString())
        .contains(message)
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  private static long countFiles(Path root) throws IOException {
    try (var files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }
}
