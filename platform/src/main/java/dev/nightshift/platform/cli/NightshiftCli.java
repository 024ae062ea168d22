package dev.nightshift.platform.cli;

import dev.nightshift.platform.cli.client.CliErrors;
import dev.nightshift.platform.demo.DemoCommand;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code nightshift} command: the entry point of the launcher script. */
@Command(
    name = "nightshift",
    mixinStandardHelpOptions = true,
    versionProvider = NightshiftVersion.class,
    description = "Workflow-orchestrated batch platform.",
    subcommands = {CommandLine.HelpCommand.class, GenerateCommand.class, ServerCommand.class,
        DemoCommand.class, DagsCommand.class, RunsCommand.class, TasksCommand.class,
        LogsCommand.class, BackfillCommand.class, BackfillsCommand.class, ServingCommand.class,
        JobCommand.class})
public final class NightshiftCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and the tests. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new NightshiftCli());
    AutoComplete.GenerateCompletion completion = new AutoComplete.GenerateCompletion();
    commandLine.addSubcommand("completion", completion);
    // Listed in the help: picocli hides its completion command by default.
    commandLine.getSubcommands().get("completion").getCommandSpec().usageMessage().hidden(false)
        .description("Print a bash/zsh completion script: source <(nightshift completion)");
    commandLine.setExecutionExceptionHandler(new CliErrors());
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
