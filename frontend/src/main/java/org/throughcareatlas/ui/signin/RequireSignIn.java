package org.throughcareatlas.ui.signin;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.throughcareatlas.security.Access;
import org.throughcareatlas.security.SecuritySettings;

/**
 * With {@code atlas.security.require-sign-in=true}, every page needs sign-in: the public pages
 * (Find services, services, agencies, the agency map, the release plan) send a person who is not
 * signed in to the login view too.
 */
@Component
class RequireSignIn implements VaadinServiceInitListener {

  private final SecuritySettings settings;
  private final Access access;

  RequireSignIn(SecuritySettings settings, Access access) {
    this.settings = settings;
    this.access = access;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    if (!settings.requireSignIn()) {
      return;
    }
    event
        .getSource()
        .addUIInitListener(
            ui ->
                ui.getUI()
                    .addBeforeEnterListener(
                        enter -> {
                          if (enter.getNavigationTarget() != LoginView.class
                              && !access.signedIn()) {
                            enter.forwardTo(LoginView.class);
                          }
                        }));
  }
}
