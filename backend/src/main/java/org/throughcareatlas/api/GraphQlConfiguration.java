package org.throughcareatlas.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLScalarType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.throughcareatlas.directory.InvalidArgumentException;
import org.throughcareatlas.network.NetworkInputException;
import org.throughcareatlas.search.SearchInputException;

/**
 * The {@code Date} scalar, the error shape for bad arguments and refusals, and the limits every
 * query must keep: at most {@value #MAX_DEPTH} levels deep and {@value #MAX_COMPLEXITY} fields
 * (lists are paged, at most 100 a page). Errors never carry internals: an unexpected failure is
 * answered by Spring for GraphQL with only an id, and logged.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

  static final int MAX_DEPTH = 12;
  static final int MAX_COMPLEXITY = 400;

  @Bean
  QueryLimits queryLimits() {
    return new QueryLimits(MAX_DEPTH, MAX_COMPLEXITY);
  }

  /**
   * Controller methods run on the request's own thread. With virtual threads on, Spring Boot gives
   * the controllers an executor, so each blocking data fetcher was handed to another thread and the
   * response to the servlet's asynchronous dispatch: two thread hops per request, a few
   * milliseconds on a loaded 2-core machine, for nothing, since the request's thread is already a
   * virtual one.
   */
  @Bean
  static org.springframework.beans.factory.config.BeanPostProcessor
      controllersOnTheRequestThread() {
    return new org.springframework.beans.factory.config.BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean
            instanceof
            org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer
                configurer) {
          configurer.setBlockingMethodPredicate(method -> false);
        }
        return bean;
      }
    };
  }

  /** Documents kept parsed and validated, by query text. */
  static final int PARSED_DOCUMENTS = 256;

  /** Longer query texts are parsed every time rather than kept. */
  static final int MAX_KEPT_QUERY_LENGTH = 10_000;

  /**
   * Parsed and validated documents kept by query text, so that a client sending the same query with
   * new variables (the search page, the API's usual use) skips parsing and validation: about a
   * tenth of a search's work on the web thread. Only documents without errors are kept, at most
   * {@value #PARSED_DOCUMENTS}, the least recently used going first.
   */
  @Bean
  GraphQlSourceBuilderCustomizer parsedDocuments() {
    Map<String, PreparsedDocumentEntry> kept =
        java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> e) {
                return size() > PARSED_DOCUMENTS;
              }
            });
    PreparsedDocumentProvider provider =
        (input, parseAndValidate) -> {
          String query = input.getQuery();
          PreparsedDocumentEntry entry = kept.get(query);
          if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors() && query.length() <= MAX_KEPT_QUERY_LENGTH) {
              kept.put(query, entry);
            }
          }
          return CompletableFuture.completedFuture(entry);
        };
    return builder ->
        builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
  }

  /** Who may ask for a field that needs a role, in words, for the refusal. */
  static final java.util.Map<String, String> WHO =
      java.util.Map.ofEntries(
          java.util.Map.entry("coverage", "a commissioner or an administrator"),
          java.util.Map.entry("duplicates", "a commissioner or an administrator"),
          java.util.Map.entry("gaps", "a commissioner or an administrator"),
          java.util.Map.entry("fragileProvision", "a commissioner or an administrator"),
          java.util.Map.entry(
              "reportProblem", "any user (officer, editor, commissioner or administrator)"),
          java.util.Map.entry("myProblemReports", "any user"),
          java.util.Map.entry("users", "an administrator"),
          java.util.Map.entry("saveUser", "an administrator"));

  /**
   * Refusals for want of sign-in or role: says who may do it, without internals. Ordered before
   * Spring's own security resolver, whose message is a bare "Forbidden".
   */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  DataFetcherExceptionResolverAdapter accessDeniedResolver() {
    return new DataFetcherExceptionResolverAdapter() {
      @Override
      protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (!(ex instanceof AccessDeniedException) && !(ex instanceof AuthenticationException)) {
          return null;
        }
        String field = env.getField().getName();
        String who =
            WHO.getOrDefault(
                field,
                "Mutation".equals(env.getParentType().toString())
                        || env.getParentType() instanceof graphql.schema.GraphQLObjectType o
                            && "Mutation".equals(o.getName())
                    ? "an editor of the agency concerned or an administrator"
                    : "a user with the right role");
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous =
            auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken;
        String message =
            anonymous
                ? "Sign in as " + who + " to use '" + field + "'."
                : "'"
                    + field
                    + "' is for "
                    + who
                    + ": you are signed in as "
                    + auth.getName()
                    + ", who may not do this.";
        return GraphqlErrorBuilder.newError(env)
            .errorType(anonymous ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
            .message(message)
            .build();
      }
    };
  }

  static final GraphQLScalarType DATE =
      GraphQLScalarType.newScalar()
          .name("Date")
          .description("A calendar date, ISO 8601 (2026-11-23).")
          .coercing(
              new Coercing<LocalDate, String>() {
                @Override
                public String serialize(Object value) {
                  if (value instanceof LocalDate date) {
                    return date.toString();
                  }
                  throw new CoercingSerializeException("Not a date: " + value);
                }

                @Override
                public LocalDate parseValue(Object input) {
                  try {
                    return LocalDate.parse(String.valueOf(input));
                  } catch (DateTimeParseException e) {
                    throw new CoercingParseValueException(
                        "Expected a date as YYYY-MM-DD, got '" + input + "'");
                  }
                }

                @Override
                public LocalDate parseLiteral(Object input) {
                  if (input instanceof StringValue text) {
                    try {
                      return LocalDate.parse(text.getValue());
                    } catch (DateTimeParseException e) {
                      // reported below
                    }
                  }
                  throw new CoercingParseLiteralException("Expected a date as \"YYYY-MM-DD\"");
                }
              })
          .build();

  @Bean
  RuntimeWiringConfigurer atlasScalars() {
    return wiring -> wiring.scalar(DATE);
  }

  @Bean
  DataFetcherExceptionResolverAdapter invalidArgumentResolver() {
    return new DataFetcherExceptionResolverAdapter() {
      @Override
      protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof InvalidArgumentException invalid) {
          return GraphqlErrorBuilder.newError(env)
              .errorType(ErrorType.BAD_REQUEST)
              .message(invalid.getMessage())
              .extensions(Map.of("argument", invalid.argument()))
              .build();
        }
        if (ex instanceof SearchInputException invalid) {
          return GraphqlErrorBuilder.newError(env)
              .errorType(ErrorType.BAD_REQUEST)
              .message("Input '" + invalid.field() + "': " + invalid.getMessage())
              .extensions(Map.of("field", invalid.field()))
              .build();
        }
        if (ex instanceof NetworkInputException invalid) {
          return GraphqlErrorBuilder.newError(env)
              .errorType(ErrorType.BAD_REQUEST)
              .message("Input '" + invalid.field() + "': " + invalid.getMessage())
              .extensions(Map.of("field", invalid.field()))
              .build();
        }
        return null;
      }
    };
  }
}
