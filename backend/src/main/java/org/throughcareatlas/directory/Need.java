package org.throughcareatlas.directory;

/** A need; top level when {@code broaderId} is null. */
public record Need(String id, String name, String description, String broaderId) {

  public boolean topLevel() {
    return broaderId == null;
  }
}
