package org.throughcareatlas;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.throughcareatlas.cli.AtlasCommand;

/**
 * Throughcare Atlas: the runnable application. The backend (graph, GraphQL) and data-import (demo
 * directory) modules are libraries in the same package tree; their beans are found by component
 * scanning from here.
 *
 * <p>The same jar carries the command line ({@code java -jar atlas.jar import FILE}): see {@link
 * AtlasCommand}.
 *
 * <p>{@link Push} lets pages load their data in the background and show it when it arrives, so a
 * slow query never freezes the UI.
 */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
public class AtlasApplication implements AppShellConfigurator {

  /**
   * Starts the web application; or, when the first argument is a command ({@code import}, {@code
   * export}, {@code help}), runs the command line instead — without Spring, the web server or a
   * database of its own — and exits with its code.
   */
  public static void main(String[] args) {
    if (AtlasCommand.isCommand(args)) {
      AtlasCommand.main(args);
      return;
    }
    SpringApplication.run(AtlasApplication.class, args);
  }

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.addMetaTag("description", "Throughcare Atlas: support around release from prison");
  }
}
