package dev.nightshift.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.nightshift.platform.api.TestServer;
import dev.nightshift.platform.cli.client.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C on a real command line process that waits for a run. The process is stopped with
 * SIGTERM, which runs the same shutdown path as SIGINT and, unlike SIGINT, is not ignored by a
 * process started in the background.
 */
class InterruptedWaitTest {
  static final TestServer server = TestServer.shared();
  @TempDir Path home;

  @Test
  void ctrlCEndsAWaitWithOneLineAndExitCode130() throws Exception {
    Process cli =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                NightshiftCli.class.getName(),
                "dags", "trigger", "slow", "--run-id", "interrupted", "--wait",
                "--token", TestServer.WRITE_TOKEN,
                "--url", server.url(), "--config", home.resolve("none").toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(home.resolve("stderr").toFile())
            .start();
    // Once the run exists the command waits for it; its task runs 1.8 s in all.
    await().atMost(Duration.ofSeconds(60))
        .until(() -> server.get("/api/v1/dags/slow/dagRuns/interrupted").statusCode() == 200);

    cli.destroy();

    assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(cli.exitValue()).isEqualTo(ExitCodes.INTERRUPTED);
    List<String> err = Files.readAllLines(home.resolve("stderr"));
    assertThat(err)
        .containsExactly("error: interrupted; the run goes on on the server");
  }
}
