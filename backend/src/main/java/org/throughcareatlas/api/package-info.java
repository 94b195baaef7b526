/**
 * What every GraphQL capability shares: the {@code Date} scalar and how errors reach clients (named
 * arguments for bad input; an id and no internals for anything unexpected).
 */
package org.throughcareatlas.api;
