package dev.nightshift.platform.monitoring;

import java.nio.file.Files;
import java.nio.file.Path;

/** A program a test drives; missing, the test fails with one line saying what to install. */
final class RequiredTool {
  private RequiredTool() {}

  static Path require(String binary, String debianPackage) {
    Path path = Path.of(binary);
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException(
          binary
              + " is missing: install the Debian package '"
              + debianPackage
              + "' (./test installs it when run as root)");
    }
    return path;
  }
}
