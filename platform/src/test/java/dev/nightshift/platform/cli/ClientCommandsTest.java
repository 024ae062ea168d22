package dev.nightshift.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.platform.api.TestServer;
import dev.nightshift.platform.cli.client.ExitCodes;
import dev.nightshift.precompute.serving.ServingDataset;
import dev.nightshift.precompute.serving.ServingStore;
import dev.nightshift.precompute.serving.StagedVersion;
import dev.nightshift.precompute.serving.ValidationBounds;
import dev.nightshift.precompute.serving.document.TrendsDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** The client commands run in-process against the shared running server. */
class ClientCommandsTest {
  static final TestServer server = TestServer.shared();
  @TempDir Path home;

  record Result(int exitCode, String out, String err) {
    JsonNode json() {
      return TestServer.JSON.readTree(out);
    }
  }

  Result run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (!all.contains("--url") && all.size() > 1 && !all.get(0).equals("completion")) {
      all.addAll(List.of("--url", server.url(), "--config", home.resolve("none").toString()));
    }
    return execute(all.toArray(String[]::new));
  }

  static Result execute(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = NightshiftCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void listsDagsAsATableOrAsJson() {
    Result table = run("dags", "list");
    Result json = run("dags", "list", "--output", "json");

    assertThat(table.exitCode()).isZero();
    assertThat(table.out().lines().findFirst().orElseThrow())
        .startsWith("dag_id")
        .contains("is_paused", "schedule");
    assertThat(table.out()).contains("greet", "@daily", "demo,hello");
    assertThat(json.json().get("dags").findValuesAsString("dag_id")).contains("greet", "daily");
  }

  @Test
  void aWaitThatOutlastsItsTimeoutEndsWithOneLineAndItsExitCode() {
    // The run's task sleeps 1.8 s in all: it cannot have ended when a 1 s wait gives up.
    Result timedOut =
        run("dags", "trigger", "slow", "--run-id", "too-slow", "--wait", "--timeout", "1s",
            "--token", TestServer.WRITE_TOKEN);

    assertThat(timedOut.exitCode()).isEqualTo(ExitCodes.TIMED_OUT);
    assertThat(timedOut.err().lines())
        .containsExactly("error: gave up waiting after 1s; the run goes on on the server");
  }

  @Test
  void showsADagWithItsParamsAndTasks() {
    Result shown = run("dags", "show", "greet");

    assertThat(shown.exitCode()).isZero();
    assertThat(shown.out()).contains("says hello", "task_id", "say", "after", "string", "world");
  }

  @Test
  void listsTheNextScheduledRunsOfADag() {
    Result next = run("dags", "next", "daily", "-n", "2");
    Result json = run("dags", "next", "daily", "--output", "json");
    Result none = run("dags", "next", "daily", "-n", "0");

    assertThat(next.exitCode()).isZero();
    assertThat(next.out().lines().findFirst().orElseThrow()).startsWith("data_interval_start");
    assertThat(next.out()).contains("2099-01-01T00:00:00Z", "2099-01-03T00:00:00Z", "2099-01-03T00:00Z");
    assertThat(next.out().lines().count()).isEqualTo(3);
    assertThat(json.json().get("dag_runs")).hasSize(10);
    assertThat(none.exitCode()).isNotZero();
  }

  @Test
  void triggersWithTypedParamsWaitsAndReadsTheLog() {
    Result triggered =
        run(
            "dags",
            "trigger",
            "greet",
            "--conf",
            "x=cli",
            "--conf",
            "n=3",
            "--run-id",
            "from-cli",
            "--wait",
            "--token",
            TestServer.WRITE_TOKEN,
            "-o",
            "json");
    Result log = run("logs", "greet", "from-cli", "say");
    Result tasks = run("tasks", "list", "greet", "from-cli");
    Result runs = run("runs", "list", "greet", "--state", "success");
    Result shown = run("runs", "show", "greet", "from-cli");

    assertThat(triggered.exitCode()).as(triggered.err()).isZero();
    assertThat(triggered.json().get("state").asString()).isEqualTo("success");
    assertThat(triggered.json().get("conf").get("n").asInt()).isEqualTo(3);
    assertThat(log.out()).contains("hello cli 3");
    assertThat(tasks.out()).contains("say", "after", "success");
    assertThat(runs.out()).contains("from-cli");
    assertThat(shown.out()).contains("from-cli", "task_id");
  }

  @Test
  void followsALogUntilTheTryEnds() {
    run("dags", "trigger", "slow", "--run-id", "follow-me", "--token", TestServer.WRITE_TOKEN);

    Result followed = run("logs", "slow", "follow-me", "count", "--follow");

    assertThat(followed.exitCode()).isZero();
    assertThat(followed.out()).contains("line 1", "line 6");
  }

  @Test
  void aFailedRunThatWasWaitedForExitsWith1AndClearRunsItAgain() {
    Result waited =
        run("dags", "trigger", "slow", "--run-id", "to-fail", "--token", TestServer.WRITE_TOKEN);
    server.write("PATCH", "/api/v1/dags/slow/dagRuns/to-fail", "{\"state\": \"failed\"}");
    Result failed = run("runs", "show", "slow", "to-fail", "--wait");
    Result cleared =
        run("tasks", "clear", "slow", "to-fail", "count", "--token", TestServer.WRITE_TOKEN);
    Result again = run("runs", "show", "slow", "to-fail", "--wait");

    assertThat(waited.exitCode()).isZero();
    assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(cleared.exitCode()).as(cleared.err()).isZero();
    assertThat(cleared.out()).contains("count");
    assertThat(again.exitCode()).isZero();
  }

  @Test
  void backfillShowsPlainProgressLinesWhenNotOnATerminal() {
    Result backfill =
        run(
            "backfill",
            "hourly",
            "--start",
            "2026-03-01T00:00:00Z",
            "--end",
            "2026-03-01T05:00:00Z",
            "--token",
            TestServer.WRITE_TOKEN);

    assertThat(backfill.exitCode()).as(backfill.err()).isZero();
    assertThat(backfill.out()).contains("6 interval(s)").contains("6/6 success 6, failed 0");
    assertThat(backfill.out()).doesNotContain("\r", "\u001b");
  }

  @Test
  void listsShowsPausesResumesAndCancelsBackfills() {
    long id = server.heldBackfill("2022-01-01", "2022-01-05");
    String token = TestServer.WRITE_TOKEN;

    Result list = run("backfills", "list");
    Result paused = run("backfills", "pause", String.valueOf(id), "--token", token);
    Result shown = run("backfills", "show", String.valueOf(id), "-o", "json");
    Result resumed = run("backfills", "resume", String.valueOf(id), "--token", token);
    Result cancelled = run("backfills", "cancel", String.valueOf(id), "--token", token);
    Result again = run("backfills", "pause", String.valueOf(id), "--token", token);
    Result unknown = run("backfills", "show", "987654");

    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.out()).contains("status", "daily", "2022-01-01T00:00:00Z");
    assertThat(paused.exitCode()).as(paused.err()).isZero();
    assertThat(paused.out()).contains("paused");
    assertThat(shown.json().get("status").asString()).isEqualTo("paused");
    assertThat(resumed.out()).contains("running");
    assertThat(cancelled.out()).contains("cancelled");
    assertThat(again.exitCode()).isNotZero();
    assertThat(again.err()).contains("is cancelled");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(unknown.err()).contains("no backfill 987654");
  }

  @Test
  void pausesAndUnpauses() {
    assertThat(run("dags", "pause", "hourly", "--token", TestServer.WRITE_TOKEN).out())
        .contains("is_paused", "true");
    assertThat(run("dags", "unpause", "hourly", "--token", TestServer.WRITE_TOKEN).out())
        .contains("false");
  }

  @Test
  void listsServingVersionsAndRollsBack() {
    long first = publishTrends();
    long second = publishTrends();

    Result versions = run("serving", "versions", "trends");
    Result rolledBack = run("serving", "rollback", "trends", "-o", "json", "--token",
        TestServer.WRITE_TOKEN);
    Result again = run("serving", "rollback", "trends", "--token", TestServer.WRITE_TOKEN);
    Result unknown = run("serving", "versions", "posts");
    Result noToken = run("serving", "rollback", "trends");

    assertThat(versions.exitCode()).as(versions.err()).isZero();
    assertThat(versions.out())
        .contains("current_version  " + second, "row_count", "mean_score", "published", "cli test");
    assertThat(rolledBack.exitCode()).as(rolledBack.err()).isZero();
    assertThat(rolledBack.json().get("current_version").asLong()).isEqualTo(first);
    assertThat(rolledBack.json().get("versions").get(0).get("state").asString())
        .isEqualTo("rolled_back");
    assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.err())
        .contains("cannot roll back trends from version " + first)
        .doesNotContain("Exception");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(unknown.err()).contains("unknown serving dataset 'posts'");
    assertThat(noToken.exitCode()).isEqualTo(ExitCodes.AUTH);
  }

  /** Publishes a trends version; the tests of the REST API use the other datasets. */
  private static long publishTrends() {
    ServingStore store = server.context.getBean(ServingStore.class);
    try (StagedVersion staged = store.stage(ServingDataset.TRENDS, "cli test")) {
      staged.put(
          new TrendsDocument(
              "1h", "global", List.of(new TrendsDocument.Item("#nightshift", 10, 3, 1.5))));
      staged.seal();
      store.publish(ServingDataset.TRENDS, staged.version(), ValidationBounds.ANY_NON_EMPTY);
      return staged.version();
    }
  }

  @Test
  void exitCodesSayWhatWentWrong() throws Exception {
    Result unknown = run("dags", "show", "nope");
    Result noToken = run("dags", "pause", "greet");
    Result readOnly = run("dags", "pause", "greet", "--token", TestServer.READ_TOKEN);
    Result badDate = run("runs", "list", "greet", "--from", "2026-13-01");
    Result badConf =
        run("dags", "trigger", "greet", "--conf", "n=seven", "--token", TestServer.WRITE_TOKEN);
    Result usage = run("dags", "show");
    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }
    Result noServer = run("dags", "list", "--url", "http://127.0.0.1:" + freePort);

    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(unknown.err()).contains("no DAG with id 'nope'").doesNotContain("Exception");
    assertThat(noToken.exitCode()).isEqualTo(ExitCodes.AUTH);
    assertThat(noToken.err()).contains("bearer token", "--token", "NIGHTSHIFT_TOKEN");
    assertThat(readOnly.exitCode()).isEqualTo(ExitCodes.AUTH);
    assertThat(badDate.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badDate.err()).contains("logical_date_gte");
    assertThat(badConf.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badConf.err()).contains("'n'");
    assertThat(usage.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noServer.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(noServer.err())
        .contains(
            "no Nightshift server answers at http://127.0.0.1:" + freePort, "./nightshift server");
  }

  @Test
  void readsUrlAndTokenFromTheConfigFile() throws Exception {
    Path config =
        Files.writeString(
            home.resolve("config"),
            "url=" + server.url() + "\ntoken=" + TestServer.WRITE_TOKEN + "\n");

    Result paused = execute("dags", "unpause", "greet", "--config", config.toString());

    assertThat(paused.exitCode()).as(paused.err()).isZero();
  }

  @Test
  void printsABashCompletionScript() {
    Result script = execute("completion");

    assertThat(script.exitCode()).isZero();
    assertThat(script.out()).contains("complete -F", "nightshift", "backfill", "dags");
  }
}
