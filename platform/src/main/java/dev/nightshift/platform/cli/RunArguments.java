package dev.nightshift.platform.cli;

import dev.nightshift.platform.cli.client.NightshiftClient;
import picocli.CommandLine.Parameters;

/** The run a command acts on: its first two positional arguments, DAG and RUN. */
final class RunArguments {
  @Parameters(index = "0", paramLabel = "DAG", description = "The DAG's id.")
  String dagId;

  @Parameters(index = "1", paramLabel = "RUN", description = "The run's id (dag_run_id).")
  String runId;

  /** {@code /dags/DAG/dagRuns/RUN} with both ids URL-encoded. */
  String path() {
    return NightshiftClient.runPath(dagId, runId);
  }
}
