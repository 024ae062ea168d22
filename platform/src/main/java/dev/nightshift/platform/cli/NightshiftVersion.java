package dev.nightshift.platform.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar's manifest. */
final class NightshiftVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = NightshiftVersion.class.getPackage().getImplementationVersion();
    return new String[] {"nightshift " + (version == null ? "dev" : version)};
  }
}
