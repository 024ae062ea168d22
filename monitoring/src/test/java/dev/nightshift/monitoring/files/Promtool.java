package dev.nightshift.monitoring.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Prometheus's {@code promtool} (Debian package {@code prometheus}) and returns its output. */
final class Promtool {
  static final Path BINARY = Path.of("/usr/bin/promtool");

  record Result(int exitCode, String output) {}

  private Promtool() {}

  static Result run(Path workDir, String... args) throws IOException, InterruptedException {
    if (!Files.isExecutable(BINARY)) {
      throw new IllegalStateException(BINARY + " is missing: install the Debian package 'prometheus'"
          + " (./test installs it when run as root)");
    }
    List<String> command = new ArrayList<>(List.of(BINARY.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("promtool did not finish within 60 s: " + output);
    }
    return new Result(process.exitValue(), output);
  }
}
