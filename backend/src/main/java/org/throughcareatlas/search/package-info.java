/**
 * Find services for a person leaving prison: the officer search. {@link ServiceSearch} takes a
 * {@link SearchCriteria} (needs, where they will live, their prison and circumstances, free text)
 * and answers with ranked {@link SearchResult}s, grouped by need, with the services left out and
 * why. Who is eligible is decided in one place, {@link Eligibility}, whose rules are written down
 * in docs/eligibility.md. Nothing about the person is stored.
 */
package org.throughcareatlas.search;
