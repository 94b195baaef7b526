/**
 * What every GraphQL capability shares: the {@code Date} scalar, how errors reach clients (named
 * arguments for bad input; an id and no internals for anything unexpected), the depth and size
 * limits every query must keep ({@link org.throughcareatlas.api.QueryLimits}), and reading what a
 * query asks for ({@link org.throughcareatlas.api.GraphQlSelections}).
 */
package org.throughcareatlas.api;
