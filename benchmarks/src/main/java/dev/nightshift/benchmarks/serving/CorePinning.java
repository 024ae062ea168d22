package dev.nightshift.benchmarks.serving;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Where wrk and the servers run. By default nowhere in particular; pinned, wrk keeps core 0 and
 * both servers share the others: this JVM (the API) is moved there before it starts any server
 * thread, and nginx, started from it, inherits the placement.
 *
 * @param wrkPrefix the command that runs wrk on its core, empty when not pinned
 * @param description what the report says about the placement
 */
record CorePinning(List<String> wrkPrefix, String description) {

  static CorePinning none() {
    return new CorePinning(List.of(), "neither wrk nor the servers are pinned to cores");
  }

  static CorePinning wrkApart() throws IOException, InterruptedException {
    int cores = Runtime.getRuntime().availableProcessors();
    if (cores < 2) {
      throw new IllegalStateException(
          "--pin-wrk needs at least 2 cores, this JVM may use " + cores);
    }
    String serverCores = cores == 2 ? "1" : "1-" + (cores - 1);
    Process taskset =
        new ProcessBuilder(
                "taskset", "-a", "-p", "-c", serverCores,
                Long.toString(ProcessHandle.current().pid()))
            .redirectErrorStream(true)
            .start();
    String output = new String(taskset.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (taskset.waitFor() != 0) {
      throw new IllegalStateException("taskset could not pin this JVM: " + output);
    }
    return new CorePinning(
        List.of("taskset", "-c", "0"),
        "wrk pinned to core 0, both servers (this JVM and nginx) to core(s) " + serverCores);
  }
}
