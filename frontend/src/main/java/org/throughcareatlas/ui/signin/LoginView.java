package org.throughcareatlas.ui.signin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Sign in with a username and password (posted to Spring Security at {@code /login}), or through
 * the configured identity provider.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Throughcare Atlas")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

  final LoginForm form = new LoginForm();

  public LoginView(ObjectProvider<ClientRegistrationRepository> identityProviders) {
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("Sign in");
    i18n.getErrorMessage().setTitle("Wrong username or password");
    i18n.getErrorMessage().setMessage("Check them and try again, or ask your administrator.");
    form.setI18n(i18n);
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);
    add(new H1("Throughcare Atlas"), form);
    for (ClientRegistration registration : registrations(identityProviders)) {
      add(
          new Anchor(
              "oauth2/authorization/" + registration.getRegistrationId(),
              "Sign in with " + registration.getClientName()));
    }
    add(
        new Paragraph(
            "Searching the directory needs no sign-in. Sign in to edit your agency's entries,"
                + " report a problem or see the commissioning views."),
        new Anchor("", "Back to Find services"));
  }

  private static List<ClientRegistration> registrations(
      ObjectProvider<ClientRegistrationRepository> identityProviders) {
    List<ClientRegistration> list = new ArrayList<>();
    if (identityProviders.getIfAvailable() instanceof Iterable<?> all) {
      for (Object r : all) {
        list.add((ClientRegistration) r);
      }
    }
    return list;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
  }
}
