package org.throughcareatlas.network;

import java.util.List;
import org.throughcareatlas.directory.Contact;
import org.throughcareatlas.directory.Service;
import org.throughcareatlas.directory.WorkingRelationship.Direction;

/**
 * The shortest known chains of working relationships from a prison or an agency to a service or an
 * agency. {@code paths} is empty, and {@code message} says so, when there is no known route.
 *
 * @param from the start: a {@link org.throughcareatlas.directory.Prison} or an {@link
 *     org.throughcareatlas.directory.Agency}
 * @param to the end: a {@link Service} or an {@link org.throughcareatlas.directory.Agency}
 * @param paths the shortest chains, at most {@link NetworkQueries#MAX_PATHS}, all of the same
 *     length
 * @param shortestChains how many distinct shortest chains were found (more than {@code paths} holds
 *     when they were capped; the search enumerates at most 10 paths per way in, so on a dense
 *     network there may be more)
 * @param message null when there are paths; else why there are none, in a sentence
 */
public record ReferralPaths(
    Object from, Object to, List<ReferralPath> paths, int shortestChains, String message) {

  /** One chain, step by step from the start. */
  public record ReferralPath(List<ReferralStep> steps) {

    public int length() {
      return steps.size();
    }
  }

  /**
   * One step of a chain.
   *
   * @param from the party the step leaves: a Prison, Agency (or never a Service)
   * @param link how the two parties are linked
   * @param direction OUTGOING when the relationship in the graph points from {@code from} to {@code
   *     to}, else INCOMING (a prison is entered through an agency that works in it)
   * @param to the party the step reaches: an Agency or, on the last step, a Service
   * @param relationshipId the working relationship's id; null for IN_REACH and PROVIDES
   * @param via for IN_REACH, the agency's service that works inside the prison
   * @param contact who to contact at {@code to}; null when the directory holds none
   */
  public record ReferralStep(
      Object from,
      Link link,
      Direction direction,
      Object to,
      String relationshipId,
      Service via,
      Contact contact) {}

  /** How one party of a chain reaches the next. */
  public enum Link {
    /** The agency works inside the prison, e.g. in its Link Centre. */
    WORKS_IN,
    /** The agency provides a service that works inside the prison before release. */
    IN_REACH,
    REFERS_TO,
    PARTNERS_WITH,
    SHARES_INFORMATION_WITH,
    /** The agency provides the service. */
    PROVIDES
  }
}
