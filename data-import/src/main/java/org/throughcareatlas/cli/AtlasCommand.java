package org.throughcareatlas.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line carried by the application jar: {@code java -jar atlas.jar import FILE}, {@code
 * export FILE}, {@code backup FILE} and {@code restore FILE --data-dir NEW_FOLDER}. It runs without
 * starting the web application or a database: it talks to a running Atlas (or any Neo4j) over Bolt.
 *
 * <p>Exit codes: 0 done; 1 the file was rejected (its problems are listed); 2 wrong usage, or a
 * command this build lacks; 3 the database could not be reached or refused the work.
 */
@Command(
    name = "atlas",
    mixinStandardHelpOptions = true,
    versionProvider = AtlasCommand.Version.class,
    description =
        "Throughcare Atlas on the command line. Without a command, `java -jar atlas.jar` starts the web application.",
    subcommands = {
      ImportCommand.class,
      ExportCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      CommandLine.HelpCommand.class
    })
public class AtlasCommand implements Runnable {

  public static final int OK = 0;
  public static final int REJECTED = 1;
  public static final int USAGE = 2;
  public static final int DATABASE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Whether the arguments are for the command line rather than the web application. */
  public static boolean isCommand(String[] args) {
    if (args.length == 0) {
      return false;
    }
    return switch (args[0]) {
      case "import", "export", "backup", "restore", "help", "--help", "-h", "--version", "-V" ->
          true;
      default -> false;
    };
  }

  /** Runs the command line and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new AtlasCommand());
    line.setOut(out);
    line.setErr(err);
    return line.execute(args);
  }

  /** Entry point from {@code AtlasApplication.main}: runs the command and exits with its code. */
  public static void main(String[] args) {
    Logs.quiet();
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(args, out, err));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = AtlasCommand.class.getPackage().getImplementationVersion();
      return new String[] {
        "Throughcare Atlas " + (version == null ? "(development build)" : version)
      };
    }
  }
}
