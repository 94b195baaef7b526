/**
 * Report a problem: a signed-in user flags a service as closed, with a wrong contact, a wrong area
 * or another problem, with a note; the editors of its agency see the open reports in a queue, fix
 * the service and close the report with what they did; the reporter sees it resolved.
 */
package org.throughcareatlas.problems;
