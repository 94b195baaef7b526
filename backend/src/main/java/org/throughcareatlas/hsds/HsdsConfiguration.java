package org.throughcareatlas.hsds;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.neo4j.driver.Driver;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.throughcareatlas.graph.AtlasProperties;

/** The export and the {@code /hsds} API's open CORS header. */
@Configuration(proxyBeanMethods = false)
class HsdsConfiguration {

  @Bean
  HsdsExport hsdsExport(Driver driver, AtlasProperties properties) {
    return new HsdsExport(driver, properties.neo4j().database());
  }

  /**
   * Every answer under {@code /hsds}, errors included, may be read by any web page: the Open
   * Referral UK profile asks for {@code Access-Control-Allow-Origin: *}.
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> hsdsCorsFilter() {
    OncePerRequestFilter filter =
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(
              HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            response.setHeader("Access-Control-Allow-Origin", "*");
            chain.doFilter(request, response);
          }
        };
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/hsds", "/hsds/*");
    registration.setName("hsdsCors");
    return registration;
  }
}
