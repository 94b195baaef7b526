package org.throughcareatlas;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Throughcare Atlas: the runnable application. The backend (graph, GraphQL) and data-import (demo
 * directory) modules are libraries in the same package tree; their beans are found by component
 * scanning from here.
 *
 * <p>{@link Push} lets pages load their data in the background and show it when it arrives, so a
 * slow query never freezes the UI.
 */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
public class AtlasApplication implements AppShellConfigurator {

  public static void main(String[] args) {
    SpringApplication.run(AtlasApplication.class, args);
  }

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.addMetaTag("description", "Throughcare Atlas: support around release from prison");
  }
}
