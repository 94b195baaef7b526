/**
 * Benchmark data: {@link ScaledDirectory} grows the demo directory to tens or hundreds of thousands
 * of services, realistic in shape and deterministic for a seed, and writes it through the {@link
 * org.throughcareatlas.directorydata.DirectoryWriter} in chunks. Used by the search benchmark
 * ({@code SearchBenchmark} in the tests, docs/benchmarks.md); never loaded by the application.
 */
package org.throughcareatlas.benchmark;
