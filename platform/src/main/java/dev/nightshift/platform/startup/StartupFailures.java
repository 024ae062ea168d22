package dev.nightshift.platform.startup;

import dev.nightshift.platform.cli.client.ExitCodes;
import dev.nightshift.platform.cli.client.StartupFailure;
import dev.nightshift.scheduler.store.jdbc.MetadataDatabaseUnreachableException;
import dev.nightshift.scheduler.store.jdbc.MetadataSchemaTooNewException;
import java.net.ConnectException;
import java.nio.file.Path;
import org.springframework.boot.web.server.PortInUseException;

/** Names what made a start fail, from the exception Spring wrapped it in, and what to do. */
final class StartupFailures {
  private StartupFailures() {}

  static StartupFailure portInUse(int port) {
    return new StartupFailure(
        ExitCodes.PORT_IN_USE,
        "port " + port + " is in use by another program\nchoose another with --port");
  }

  static StartupFailure explain(RuntimeException e, Path dataDir, int port, Path logFile) {
    String see = "\nthe log has the details: " + logFile;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PortInUseException) {
        return portInUse(port);
      }
      if (t instanceof MetadataSchemaTooNewException newer) {
        return new StartupFailure(ExitCodes.SCHEMA_NEWER, newer.getMessage());
      }
      if (t instanceof MetadataDatabaseUnreachableException unreachable) {
        return new StartupFailure(ExitCodes.DATABASE_UNREACHABLE, unreachable.getMessage() + see);
      }
      if (t instanceof ConnectException && isPostgres(e)) {
        return new StartupFailure(
            ExitCodes.DATABASE_UNREACHABLE,
            "a PostgreSQL database does not answer: " + t.getMessage() + see);
      }
      if (t.getMessage() != null && t.getMessage().contains("The file is locked")) {
        return new StartupFailure(
            ExitCodes.DATA_FOLDER_IN_USE,
            "the data folder " + dataDir + " is in use by another process (its database is"
                + " locked)\nstop it, or give this one another folder with --data-dir");
      }
    }
    return new StartupFailure(
        ExitCodes.FAILED, "the platform failed to start: " + rootMessage(e) + see);
  }

  private static boolean isPostgres(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getClass().getName().startsWith("org.postgresql.")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
