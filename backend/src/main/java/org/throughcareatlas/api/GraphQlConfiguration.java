package org.throughcareatlas.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.throughcareatlas.directory.InvalidArgumentException;
import org.throughcareatlas.network.NetworkInputException;
import org.throughcareatlas.search.SearchInputException;

/** The {@code Date} scalar and the error shape for bad arguments. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

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
