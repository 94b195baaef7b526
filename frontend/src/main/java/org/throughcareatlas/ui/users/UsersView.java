package org.throughcareatlas.ui.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.throughcareatlas.directory.Agency;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.security.AtlasUser;
import org.throughcareatlas.security.Role;
import org.throughcareatlas.security.UserInputException;
import org.throughcareatlas.security.Users;
import org.throughcareatlas.ui.MainLayout;

/** The users: create, change roles and agencies, reset a password. */
@Route(value = "users", layout = MainLayout.class)
@PageTitle("Users · Throughcare Atlas")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

  final Grid<AtlasUser> grid = new Grid<>();
  private final Users users;
  private final DirectoryQueries directory;

  public UsersView(Users users, DirectoryQueries directory) {
    this.users = users;
    this.directory = directory;
    add(new H2("Users"));
    grid.addColumn(AtlasUser::username).setHeader("Username");
    grid.addColumn(AtlasUser::displayName).setHeader("Name");
    grid.addColumn(
            u -> u.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")))
        .setHeader("Roles");
    grid.addColumn(u -> String.join(", ", u.agencyNames())).setHeader("Edits").setFlexGrow(2);
    grid.addComponentColumn(u -> new Button("Change", e -> edit(u))).setHeader("");
    grid.setAllRowsVisible(true);
    add(new Button("New user", e -> edit(null)), grid);
    refresh();
  }

  void edit(AtlasUser existing) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(existing == null ? "New user" : "Change " + existing.username());
    TextField username = new TextField("Username");
    TextField name = new TextField("Name");
    PasswordField password =
        new PasswordField(existing == null ? "Password" : "New password (leave empty to keep)");
    CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    roles.setItems(Role.values());
    roles.setItemLabelGenerator(Role::label);
    Map<String, String> agencyNames = new LinkedHashMap<>();
    for (Agency a : directory.agencies(0, 10_000)) {
      agencyNames.put(a.id(), a.name());
    }
    MultiSelectComboBox<String> agencies = new MultiSelectComboBox<>("Agencies they edit");
    agencies.setItems(List.copyOf(agencyNames.keySet()));
    agencies.setItemLabelGenerator(id -> agencyNames.getOrDefault(id, id));
    if (existing != null) {
      username.setValue(existing.username());
      username.setReadOnly(true);
      name.setValue(existing.displayName());
      roles.setValue(new HashSet<>(existing.roles()));
      agencies.setValue(new HashSet<>(existing.agencyIds()));
    }
    Button save =
        new Button(
            "Save",
            e -> {
              try {
                users.save(
                    username.getValue(),
                    name.getValue(),
                    password.getValue(),
                    roles.getValue(),
                    agencies.getValue());
                Notification.show("Saved " + username.getValue() + ".");
                dialog.close();
                refresh();
              } catch (UserInputException problem) {
                var field =
                    switch (problem.field()) {
                      case "username" -> username;
                      case "displayName" -> name;
                      case "password" -> password;
                      default -> null;
                    };
                if (field != null) {
                  field.setErrorMessage(problem.getMessage());
                  field.setInvalid(true);
                } else if ("roles".equals(problem.field())) {
                  roles.setErrorMessage(problem.getMessage());
                  roles.setInvalid(true);
                } else {
                  agencies.setErrorMessage(problem.getMessage());
                  agencies.setInvalid(true);
                }
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new FormLayout(username, name, password, roles, agencies));
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
    dialog.open();
  }

  private void refresh() {
    grid.setItems(users.list());
  }
}
