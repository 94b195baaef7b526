package org.throughcareatlas.directory;

import graphql.GraphQLContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Services and agencies that a GraphQL query mapping has already read for the page it returns (the
 * officer search reads its page's services and their agencies in its own transaction), kept in the
 * request's {@link GraphQLContext} so that the batch mappings of {@code service} and {@code
 * Service.agency} take them from there instead of reading them again. It lives as long as the
 * request; a mapping asked for anything not read ahead reads it as usual.
 */
public final class ReadAhead {

  private static final String SERVICES = ReadAhead.class.getName() + ".services";
  private static final String AGENCIES = ReadAhead.class.getName() + ".agencies";

  private ReadAhead() {}

  /** Keeps the services and their agencies read for this request. */
  public static void keep(
      GraphQLContext context, Collection<DirectoryQueries.ServiceAndAgency> read) {
    Map<String, Service> services = map(context, SERVICES);
    Map<String, Optional<Agency>> agencies = map(context, AGENCIES);
    for (DirectoryQueries.ServiceAndAgency row : read) {
      services.put(row.service().id(), row.service());
      agencies.put(row.service().id(), Optional.ofNullable(row.agency()));
    }
  }

  /**
   * The services by id, those read ahead from the context and the others with {@code read}, in the
   * order of {@code ids} (null for an unknown id).
   */
  public static List<Service> services(
      GraphQLContext context,
      List<String> ids,
      Function<Collection<String>, Map<String, Service>> read) {
    Map<String, Service> known = context.getOrDefault(SERVICES, Map.of());
    List<String> missing = ids.stream().filter(id -> !known.containsKey(id)).distinct().toList();
    Map<String, Service> others = missing.isEmpty() ? Map.of() : read.apply(missing);
    return ids.stream().map(id -> known.containsKey(id) ? known.get(id) : others.get(id)).toList();
  }

  /**
   * The agency of each service by service id, those read ahead from the context and the others with
   * {@code read}; a service without an agency is absent.
   */
  public static Map<String, Agency> agenciesOfServices(
      GraphQLContext context,
      List<String> serviceIds,
      Function<Collection<String>, Map<String, Agency>> read) {
    Map<String, Optional<Agency>> known = context.getOrDefault(AGENCIES, Map.of());
    List<String> missing =
        serviceIds.stream().filter(id -> !known.containsKey(id)).distinct().toList();
    Map<String, Agency> result =
        new java.util.HashMap<>(missing.isEmpty() ? Map.of() : read.apply(missing));
    for (String id : serviceIds) {
      Optional<Agency> agency = known.get(id);
      if (agency != null && agency.isPresent()) {
        result.put(id, agency.get());
      }
    }
    return result;
  }

  private static <V> Map<String, V> map(GraphQLContext context, String key) {
    return context.computeIfAbsent(key, k -> new ConcurrentHashMap<String, V>());
  }
}
