package org.throughcareatlas.directory;

/** A GraphQL argument that cannot be used; shown to the client with the argument's name. */
public class InvalidArgumentException extends RuntimeException {

  private final String argument;

  public InvalidArgumentException(String argument, String problem) {
    super("Argument '" + argument + "': " + problem);
    this.argument = argument;
  }

  public String argument() {
    return argument;
  }
}
