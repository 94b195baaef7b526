package org.throughcareatlas.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export FILE}: a place for the HSDS exporter, which this build does not carry. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export the directory as HSDS 3.0 JSON or a datapackage.")
class ExportCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Where to write.")
  String file;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("export is not available in this build");
    return AtlasCommand.USAGE;
  }
}
