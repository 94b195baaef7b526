package org.throughcareatlas.directory;

import graphql.GraphQLContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The directory over GraphQL ({@code graphql/directory.graphqls}). Relationship fields are batch
 * mappings: a list of 50 services costs one query per field asked for, not 50.
 */
@Controller
class DirectoryGraphQlController {

  private final DirectoryQueries queries;

  DirectoryGraphQlController(DirectoryQueries queries) {
    this.queries = queries;
  }

  @QueryMapping
  Service service(@Argument String id) {
    return queries.service(id).orElse(null);
  }

  @QueryMapping
  Agency agency(@Argument String id) {
    return queries.agency(id).orElse(null);
  }

  @QueryMapping
  Connection<Service> services(@Argument Integer first, @Argument String after) {
    int offset = Connection.offsetAfter(after);
    return Connection.of(
        queries.services(offset, pageSize(first)), offset, queries.countServices());
  }

  @QueryMapping
  Connection<Agency> agencies(@Argument Integer first, @Argument String after) {
    int offset = Connection.offsetAfter(after);
    return Connection.of(
        queries.agencies(offset, pageSize(first)), offset, queries.countAgencies());
  }

  @QueryMapping
  List<Need> needs() {
    return queries.needs().stream().filter(Need::topLevel).toList();
  }

  @QueryMapping
  Need need(@Argument String id) {
    return queries.need(id).orElse(null);
  }

  @QueryMapping
  List<Circumstance> circumstances() {
    return queries.circumstances();
  }

  @QueryMapping
  List<Area> areas() {
    return queries.areas();
  }

  @QueryMapping
  List<Prison> prisons() {
    return queries.prisons();
  }

  // Service

  @SchemaMapping(typeName = "Service", field = "stale")
  boolean stale(Service service) {
    return service.staleOn(LocalDate.now());
  }

  @BatchMapping(typeName = "Service", field = "agency")
  Map<Service, Agency> agencyOfServices(List<Service> services, GraphQLContext context) {
    return byKey(
        services,
        Service::id,
        ReadAhead.agenciesOfServices(
            context, ids(services, Service::id), queries::agencyOfServices));
  }

  @BatchMapping(typeName = "Service", field = "needs")
  List<List<Need>> needsOfServices(List<Service> services) {
    return inOrder(services, Service::id, queries.needsOfServices(ids(services, Service::id)));
  }

  @BatchMapping(typeName = "Service", field = "onlyFor")
  List<List<Circumstance>> onlyForOfServices(List<Service> services) {
    return inOrder(services, Service::id, queries.onlyForOfServices(ids(services, Service::id)));
  }

  @BatchMapping(typeName = "Service", field = "covers")
  List<List<Area>> coversOfServices(List<Service> services) {
    return inOrder(services, Service::id, queries.coversOfServices(ids(services, Service::id)));
  }

  @BatchMapping(typeName = "Service", field = "inReach")
  List<List<Prison>> inReachOfServices(List<Service> services) {
    return inOrder(services, Service::id, queries.inReachOfServices(ids(services, Service::id)));
  }

  @BatchMapping(typeName = "Service", field = "locations")
  List<List<Location>> locationsOfServices(List<Service> services) {
    return inOrder(services, Service::id, queries.locationsOfServices(ids(services, Service::id)));
  }

  @BatchMapping(typeName = "Service", field = "contacts")
  List<List<Contact>> contactsOfServices(List<Service> services) {
    return inOrder(services, Service::id, queries.contactsOfServices(ids(services, Service::id)));
  }

  @BatchMapping(typeName = "Service", field = "fundedBy")
  List<List<WorkingRelationship>> fundersOfServices(List<Service> services) {
    return inOrder(services, Service::id, queries.fundersOfServices(ids(services, Service::id)));
  }

  // Agency

  @BatchMapping(typeName = "Agency", field = "services")
  List<List<Service>> servicesOfAgencies(List<Agency> agencies) {
    return inOrder(agencies, Agency::id, queries.servicesOfAgencies(ids(agencies, Agency::id)));
  }

  @BatchMapping(typeName = "Agency", field = "contacts")
  List<List<Contact>> contactsOfAgencies(List<Agency> agencies) {
    return inOrder(agencies, Agency::id, queries.contactsOfAgencies(ids(agencies, Agency::id)));
  }

  @BatchMapping(typeName = "Agency", field = "baseArea")
  Map<Agency, Area> baseAreaOfAgencies(List<Agency> agencies) {
    return byKey(agencies, Agency::id, queries.baseAreaOfAgencies(ids(agencies, Agency::id)));
  }

  @BatchMapping(typeName = "Agency", field = "relationships")
  List<List<WorkingRelationship>> relationshipsOfAgencies(List<Agency> agencies) {
    return inOrder(
        agencies, Agency::id, queries.relationshipsOfAgencies(ids(agencies, Agency::id)));
  }

  // Needs and places

  @BatchMapping(typeName = "Need", field = "narrower")
  List<List<Need>> narrowerOfNeeds(List<Need> needs) {
    return inOrder(needs, Need::id, queries.narrowerOfNeeds(ids(needs, Need::id)));
  }

  @BatchMapping(typeName = "Need", field = "broader")
  Map<Need, Need> broaderOfNeeds(List<Need> needs) {
    Map<String, Need> all =
        queries.needs().stream().collect(Collectors.toMap(Need::id, Function.identity()));
    return byKey(needs, Need::broaderId, all);
  }

  @BatchMapping(typeName = "Prison", field = "area")
  Map<Prison, Area> areaOfPrisons(List<Prison> prisons) {
    return byKey(prisons, Prison::areaCode, areasByCode());
  }

  @BatchMapping(typeName = "Location", field = "area")
  Map<Location, Area> areaOfLocations(List<Location> locations) {
    return byKey(locations, Location::areaCode, areasByCode());
  }

  @BatchMapping(typeName = "Contact", field = "prison")
  Map<Contact, Prison> prisonOfContacts(List<Contact> contacts) {
    Map<String, Prison> prisons =
        queries.prisons().stream().collect(Collectors.toMap(Prison::id, Function.identity()));
    return byKey(contacts, Contact::prisonId, prisons);
  }

  private Map<String, Area> areasByCode() {
    return queries.areas().stream().collect(Collectors.toMap(Area::code, Function.identity()));
  }

  private static int pageSize(Integer first) {
    int size = first == null ? 20 : first;
    if (size < 1 || size > DirectoryQueries.MAX_PAGE_SIZE) {
      throw new InvalidArgumentException(
          "first", "must be between 1 and " + DirectoryQueries.MAX_PAGE_SIZE + ", was " + size);
    }
    return size;
  }

  private static <T> List<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).distinct().toList();
  }

  /**
   * Each source with its value, for fields that may be null: a batch mapping answered as a map
   * leaves a source without a value null, where a list may not hold nulls.
   */
  private static <T, V> Map<T, V> byKey(
      List<T> sources, Function<T, String> key, Map<String, V> values) {
    Map<T, V> result = new java.util.LinkedHashMap<>();
    for (T source : sources) {
      String k = key.apply(source);
      V value = k == null ? null : values.get(k);
      if (value != null) {
        result.put(source, value);
      }
    }
    return result;
  }

  /** The values for each source in the order GraphQL asked (lists, never null). */
  @SuppressWarnings("unchecked")
  private static <T, V> List<V> inOrder(
      List<T> sources, Function<T, String> id, Map<String, V> values) {
    return sources.stream().map(s -> values.getOrDefault(id.apply(s), (V) null)).toList();
  }
}
