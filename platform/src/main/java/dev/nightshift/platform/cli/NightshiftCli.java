package dev.nightshift.platform.cli;

import dev.nightshift.platform.demo.DemoCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code nightshift} command: the entry point of the launcher script. */
@Command(
    name = "nightshift",
    mixinStandardHelpOptions = true,
    versionProvider = NightshiftVersion.class,
    description = "Workflow-orchestrated batch platform.",
    subcommands = {CommandLine.HelpCommand.class, GenerateCommand.class, ServerCommand.class, DemoCommand.class})
public final class NightshiftCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and the tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new NightshiftCli());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
