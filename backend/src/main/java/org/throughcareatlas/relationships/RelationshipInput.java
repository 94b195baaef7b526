package org.throughcareatlas.relationships;

import java.time.LocalDate;

/**
 * A working relationship as someone records it.
 *
 * @param type REFERS_TO, PARTNERS_WITH, SHARES_INFORMATION_WITH (agency to agency), WORKS_IN
 *     (agency to prison), FUNDS or COMMISSIONS (agency to service)
 * @param fromAgencyId the agency the relationship goes from
 * @param toId the agency, prison or service it goes to
 * @param formal whether it rests on a formal agreement
 * @param system for information sharing: the system or protocol used
 */
public record RelationshipInput(
    String type,
    String fromAgencyId,
    String toId,
    LocalDate since,
    boolean formal,
    LocalDate lastConfirmed,
    String notes,
    String system) {}
