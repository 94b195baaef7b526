package org.throughcareatlas.testing;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts back, before each test, the security context strategy of the test's own application context.
 * Vaadin installs its strategy in the static {@link SecurityContextHolder} when a context starts; a
 * test class with other settings (e.g. {@code RequireSignInViewTest}) starts a second context and
 * replaces it, and the first context's views would then no longer see the user that
 * {@code @WithMockUser} sets. Runs before Spring Security's test listener sets that user.
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

  @Override
  public int getOrder() {
    return 5_000; // before WithSecurityContextTestExecutionListener (10,000)
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    testContext
        .getApplicationContext()
        .getBeanProvider(SecurityContextHolderStrategy.class)
        .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
  }
}
