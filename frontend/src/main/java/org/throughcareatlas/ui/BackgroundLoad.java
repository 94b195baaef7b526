package org.throughcareatlas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Loads a page's data off the UI thread and shows it when it arrives (through server push), with a
 * progress bar meanwhile: a long query never freezes the UI. A failure is logged with an id and
 * shown with that id, without internals.
 */
public final class BackgroundLoad {

  private static final Logger log = LoggerFactory.getLogger(BackgroundLoad.class);
  private static final ExecutorService EXECUTOR = Executors.newVirtualThreadPerTaskExecutor();

  private BackgroundLoad() {}

  /**
   * Shows a progress bar in {@code target}, runs {@code query} in the background, then replaces the
   * progress bar with what {@code render} adds.
   *
   * @return the running load, for tests that wait for it
   */
  public static <T> CompletableFuture<Void> into(
      VerticalLayout target, String what, Supplier<T> query, Consumer<T> render) {
    UI ui = target.getUI().orElse(UI.getCurrent());
    ProgressBar progress = new ProgressBar();
    progress.setIndeterminate(true);
    Span label = new Span("Loading " + what + "…");
    target.removeAll();
    target.add(label, progress);
    // The query runs as the person who opened the page: services check their role.
    SecurityContext signedIn = SecurityContextHolder.getContext();
    Supplier<T> asThem =
        () -> {
          SecurityContext previous = SecurityContextHolder.getContext();
          SecurityContextHolder.setContext(signedIn);
          try {
            return query.get();
          } finally {
            SecurityContextHolder.setContext(previous);
          }
        };
    return CompletableFuture.supplyAsync(asThem, EXECUTOR)
        .handle(
            (result, failure) -> {
              ui.access(
                  () -> {
                    target.removeAll();
                    if (failure == null) {
                      render.accept(result);
                    } else {
                      target.add(failed(what, failure));
                    }
                  });
              return null;
            });
  }

  private static Component failed(String what, Throwable failure) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    log.error("Could not load {} (error {})", what, id, failure);
    Span message =
        new Span(
            "Could not load "
                + what
                + " (error "
                + id
                + "). Try again; if it persists, give the"
                + " error id to your administrator.");
    message.getElement().setAttribute("role", "alert");
    return message;
  }
}
