package org.throughcareatlas.ui.agencies;

import java.util.concurrent.CompletableFuture;

/** Lets tests in other packages wait for an agency page's background load. */
public final class AgencyViewAccess {
  private AgencyViewAccess() {}

  public static CompletableFuture<Void> loading(AgencyView view) {
    return view.loading;
  }
}
