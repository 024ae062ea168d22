package dev.nightshift.platform.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the platform listens and keeps its state: shared by {@code server} and {@code demo}. */
public final class PlatformOptions {

  @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--data-dir", defaultValue = ".nightshift",
      description = "Lake, databases, task logs and the API token (default ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--dag-folder", defaultValue = "dags",
      description = "The watched folder of DAG files (default ${DEFAULT-VALUE}).")
  Path dagFolder;

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  public Path dagFolder() {
    return dagFolder;
  }

  /** Spring Boot arguments for the platform; {@code extra} ones such as {@code --spring.x=y} follow. */
  public String[] springArguments(List<String> extra) {
    List<String> arguments = new ArrayList<>(List.of(
        "--server.port=" + port,
        // Absolute: H2 refuses a database path that is implicitly relative to the working folder.
        "--nightshift.data-dir=" + dataDir.toAbsolutePath().normalize(),
        "--nightshift.dag-folder=" + dagFolder.toAbsolutePath().normalize()));
    arguments.addAll(extra);
    return arguments.toArray(String[]::new);
  }
}
