package org.throughcareatlas.ui.signin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.throughcareatlas.security.Access;
import org.throughcareatlas.ui.MainLayout;

/** Shown when a signed-in person opens a page their role does not include. */
@PageTitle("Not allowed · Throughcare Atlas")
@AnonymousAllowed
@com.vaadin.flow.router.ParentLayout(MainLayout.class)
public class NotAllowedView extends VerticalLayout
    implements HasErrorParameter<AccessDeniedException> {

  private final Access access;

  public NotAllowedView(Access access) {
    this.access = access;
  }

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
    removeAll();
    add(new H2("Not allowed"));
    add(
        new Paragraph(
            "This page is not open to "
                + access
                    .username()
                    .map(u -> "your account (" + u + ")")
                    .orElse("people not signed in")
                + ". Commissioning is for commissioners; needs confirming, problem reports and"
                + " data for editors; users for administrators. Ask an administrator if you need"
                + " access."),
        new Anchor("", "Back to Find services"));
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
