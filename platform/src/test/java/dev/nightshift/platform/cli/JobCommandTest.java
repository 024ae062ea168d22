package dev.nightshift.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class JobCommandTest {
  @TempDir Path dataDir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = NightshiftCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void job_list_names_the_four_jobs() {
    assertThat(run("job", "list", "--data-dir", dataDir.toString())).isZero();
    assertThat(out.toString().lines()).containsExactly("compaction", "feeds", "recommendations", "trends");
  }

  @Test
  void a_job_on_a_lake_that_does_not_exist_fails_with_one_line_naming_the_path() {
    int exit = run("job", "run", "feeds", "--date", "2026-11-24",
        "--lake", dataDir.resolve("missing-lake").toString(), "--data-dir", dataDir.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("feeds.stage").contains("FAILED: lake does not exist")
        .contains("missing-lake").doesNotContain("Exception");
  }

  @Test
  void an_unknown_job_is_named_with_the_known_ones() {
    int exit = run("job", "run", "feedz", "--date", "2026-11-24", "--lake", "x",
        "--data-dir", dataDir.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().strip())
        .isEqualTo("unknown job 'feedz'; known jobs: compaction, feeds, recommendations, trends");
  }
}
