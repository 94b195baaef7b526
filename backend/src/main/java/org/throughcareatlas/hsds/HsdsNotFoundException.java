package org.throughcareatlas.hsds;

/** An id that names nothing in the directory. */
public class HsdsNotFoundException extends RuntimeException {

  public HsdsNotFoundException(String what, String id) {
    super("There is no " + what + " with id '" + id + "'.");
  }
}
