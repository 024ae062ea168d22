package dev.nightshift.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.platform.cli.NightshiftCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The demo end to end on its default data set: generated lake, shipped DAGs, real jobs,
 * validated and published versions; then a second demo on the same data.
 */
class DemoCommandTest {
  @TempDir Path home;

  @Test
  void theDemoPublishesEveryShippedDagAndASecondDemoReusesTheData() {
    Result first = demo();
    assertThat(first.exitCode()).as(first.output()).isZero();
    assertThat(first.output())
        .contains("generating scale=0.02")
        .containsPattern("feeds +success")
        .containsPattern("trends +success")
        .containsPattern("recommendations +success")
        .containsPattern("compaction +success")
        .contains("first published feed")
        .contains("API token")
        .contains("All DAGs published.");

    Result second = demo();
    assertThat(second.exitCode()).as(second.output()).isZero();
    assertThat(second.output()).contains("reusing the lake").contains("All DAGs published.");
  }

  private Result demo() {
    StringWriter out = new StringWriter();
    CommandLine cli = NightshiftCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(out, true));
    int exitCode = cli.execute("demo", "--exit-when-published", "--port", "0",
        "--data-dir", home.resolve("data").toString(), "--dag-folder", Path.of("..", "dags").toString(),
        "--wait", "PT5M");
    return new Result(exitCode, out.toString());
  }

  private record Result(int exitCode, String output) {}
}
