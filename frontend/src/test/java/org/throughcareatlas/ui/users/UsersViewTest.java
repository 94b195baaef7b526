package org.throughcareatlas.ui.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.throughcareatlas.AtlasAppTest;
import org.throughcareatlas.security.Role;
import org.throughcareatlas.security.Users;

/** An administrator creates a user; a too-short password is refused on its field. */
@AtlasAppTest
@WithMockUser(username = "admin", roles = "ADMIN")
class UsersViewTest extends SpringBrowserlessTest {

  @Autowired Users users;
  @Autowired PasswordEncoder passwords;

  @Test
  void anAdministratorCreatesAnOfficer() {
    UsersView view = navigate(UsersView.class);
    test(button(view, "New user")).click();
    Dialog dialog =
        $(Dialog.class).all().stream().filter(Dialog::isOpened).findFirst().orElseThrow();
    var fields = $(TextField.class, dialog).all();
    fields.get(0).setValue("new.officer");
    fields.get(1).setValue("Nia Officer");
    PasswordField password = $(PasswordField.class, dialog).single();
    password.setValue("short");
    @SuppressWarnings("unchecked")
    CheckboxGroup<Role> roles = $(CheckboxGroup.class, dialog).single();
    roles.setValue(Set.of(Role.OFFICER));
    test(button(dialog, "Save")).click();
    assertThat(password.isInvalid()).isTrue();
    assertThat(password.getErrorMessage()).contains("at least 8");
    assertThat(users.find("new.officer")).isEmpty();

    password.setValue("a-long-enough-password");
    test(button(dialog, "Save")).click();
    assertThat(users.find("new.officer"))
        .hasValueSatisfying(u -> assertThat(u.roles()).containsExactly(Role.OFFICER));
    assertThat(view.grid.getGenericDataView().getItems().map(u -> u.username()))
        .contains("new.officer", "admin");
  }

  private Button button(com.vaadin.flow.component.Component in, String text) {
    return $(Button.class, in).all().stream()
        .filter(b -> text.equals(b.getText()))
        .findFirst()
        .orElseThrow();
  }
}
