package org.throughcareatlas.api;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.validation.ValidationError;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;

/**
 * The limits every query must keep: at most {@code maxDepth} levels deep and {@code maxComplexity}
 * fields, checked by graphql-java's {@link MaxQueryDepthInstrumentation} and {@link
 * MaxQueryComplexityInstrumentation}. Both walk the whole query on every request (measured: a
 * twelfth of a search's work on the web thread), though a query's depth and size depend on its text
 * only, unless {@code @skip} or {@code @include} leave fields out by its variables. So a parsed
 * query (kept by {@code GraphQlConfiguration}'s parsed documents, the same object each time its
 * text comes again) that has passed and has no directive is not walked again; any other is walked
 * every time, and one that fails always fails.
 */
final class QueryLimits extends SimplePerformantInstrumentation {

  private final ChainedInstrumentation checks;

  /** Queries that passed and have no directive, held weakly: forgotten with their parsed form. */
  private final Set<Document> passed =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  QueryLimits(int maxDepth, int maxComplexity) {
    this.checks =
        new ChainedInstrumentation(
            List.of(
                new MaxQueryDepthInstrumentation(maxDepth),
                new MaxQueryComplexityInstrumentation(maxComplexity)));
  }

  @Override
  public CompletableFuture<InstrumentationState> createStateAsync(
      InstrumentationCreateStateParameters parameters) {
    return checks.createStateAsync(parameters);
  }

  @Override
  public InstrumentationContext<List<ValidationError>> beginValidation(
      InstrumentationValidationParameters parameters, InstrumentationState state) {
    return checks.beginValidation(parameters, state);
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    Document document = parameters.getExecutionContext().getDocument();
    if (passed.contains(document)) {
      return SimpleInstrumentationContext.noOp();
    }
    // Throws AbortExecutionException, answered as an error, when a limit is exceeded.
    InstrumentationContext<ExecutionResult> context =
        checks.beginExecuteOperation(parameters, state);
    if (!AstPrinter.printAstCompact(document).contains("@")) {
      passed.add(document);
    }
    return context;
  }
}
