package org.throughcareatlas.directorydata;

import java.time.LocalDate;
import java.util.List;

/**
 * A whole directory in Atlas's own shape: the rows that {@link DirectoryWriter} writes into the
 * graph in bulk. The demo directory, the benchmark generator and (later) the HSDS and CSV importers
 * all produce one of these. Ids are stable strings (UUIDs for agencies, services, locations,
 * contacts and relationships; GSS codes for areas; slugs for needs, circumstances and prisons) so
 * that writing the same directory twice changes nothing.
 */
public record Directory(
    List<Area> areas,
    List<Prison> prisons,
    List<Need> needs,
    List<Circumstance> circumstances,
    List<Agency> agencies,
    List<Location> locations,
    List<Contact> contacts,
    List<Service> services,
    List<Relationship> relationships) {

  /** A council area: {@code code} is the GSS code (S12…); the point is its main town. */
  public record Area(
      String code, String name, String mainTown, double latitude, double longitude) {}

  /** A prison or community custody unit standing in a council area. */
  public record Prison(
      String id,
      String name,
      String areaCode,
      String holds,
      double latitude,
      double longitude,
      String notes) {}

  /** A need: top level when {@code broaderId} is null, else a narrower need of it. */
  public record Need(String id, String name, String description, String broaderId) {}

  /**
   * Who a service is for. {@code group} is one of {@code sentence}, {@code gender}, {@code age},
   * {@code flag}.
   */
  public record Circumstance(String id, String name, String group, String description) {}

  /** An organisation (HSDS organization). {@code kind} is one of {@link AgencyKind}'s names. */
  public record Agency(
      String id,
      String name,
      String description,
      String kind,
      String website,
      String email,
      String phone,
      String baseAreaCode,
      LocalDate lastConfirmed) {}

  /** Where a service is delivered; {@code virtual} for phone-only or online delivery. */
  public record Location(
      String id,
      String name,
      String address,
      String postcode,
      String areaCode,
      Double latitude,
      Double longitude,
      boolean virtual) {}

  /**
   * A named role at an agency (never a private person's details); {@code serviceId} and {@code
   * prisonId} are optional and say which service or prison the contact is for.
   */
  public record Contact(
      String id,
      String agencyId,
      String serviceId,
      String prisonId,
      String name,
      String role,
      String phone,
      String email) {}

  /**
   * A service an agency provides. {@code status} follows HSDS: active, inactive, defunct,
   * temporarily closed. {@code capacity}: open, limited, full. Age limits are inclusive and
   * nullable. {@code circumstanceIds} are the circumstances the service is <em>only</em> for
   * ({@code FOR}); {@code coversAreaCodes} is the catchment ({@code COVERS}); {@code
   * inReachPrisonIds} the prisons it works inside before release ({@code IN_REACH}).
   */
  public record Service(
      String id,
      String agencyId,
      String name,
      String description,
      String status,
      boolean selfReferral,
      List<String> referralRoutes,
      String referralCriteria,
      String waitingTime,
      String capacity,
      String cost,
      List<String> languages,
      String openingHours,
      List<String> requiredDocuments,
      Integer minimumAge,
      Integer maximumAge,
      LocalDate lastVerified,
      List<String> needIds,
      List<String> circumstanceIds,
      List<String> coversAreaCodes,
      List<String> inReachPrisonIds,
      List<String> locationIds) {}

  /**
   * A working relationship. For {@code REFERS_TO}, {@code PARTNERS_WITH} and {@code
   * SHARES_INFORMATION_WITH} both ends are agencies; {@code WORKS_IN} goes from an agency to a
   * prison; {@code FUNDS} and {@code COMMISSIONS} from an agency to a service. {@code system} is
   * the information-sharing system or protocol (only for {@code SHARES_INFORMATION_WITH}).
   */
  public record Relationship(
      String id,
      RelationshipType type,
      String fromId,
      String toId,
      LocalDate since,
      boolean formal,
      LocalDate lastConfirmed,
      String notes,
      String system) {}

  /** The kinds of working relationship, named as in the graph. */
  public enum RelationshipType {
    REFERS_TO,
    PARTNERS_WITH,
    SHARES_INFORMATION_WITH,
    WORKS_IN,
    FUNDS,
    COMMISSIONS
  }

  /** The kinds of agency. */
  public enum AgencyKind {
    STATUTORY,
    PRISON_SERVICE,
    THIRD_SECTOR,
    PEER_LED,
    FAITH_BASED,
    HEALTH,
    FUNDER
  }
}
