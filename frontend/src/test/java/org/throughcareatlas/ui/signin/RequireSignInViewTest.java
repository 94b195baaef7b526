package org.throughcareatlas.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.throughcareatlas.AtlasAppTest;
import org.throughcareatlas.ui.services.FindServicesView;

/** With {@code atlas.security.require-sign-in=true} even the public pages need sign-in. */
@AtlasAppTest
@TestPropertySource(properties = "atlas.security.require-sign-in=true")
class RequireSignInViewTest extends SpringBrowserlessTest {

  @Test
  @WithAnonymousUser
  void someoneNotSignedInIsSentToSignIn() {
    try {
      navigate(FindServicesView.class);
    } catch (RuntimeException rerouted) {
      // navigate() refuses when the view shown is not the one asked for
    }
    assertThat(getCurrentView()).isInstanceOf(LoginView.class);
  }

  @Test
  @WithMockUser(username = "officer", roles = "OFFICER")
  void aSignedInOfficerSearches() {
    assertThat(navigate(FindServicesView.class)).isInstanceOf(FindServicesView.class);
  }
}
