package org.throughcareatlas.search;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.throughcareatlas.api.GraphQlSelections;
import org.throughcareatlas.directory.Connection;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.InvalidArgumentException;
import org.throughcareatlas.directory.Need;
import org.throughcareatlas.directory.ReadAhead;
import org.throughcareatlas.directory.Service;

/** The officer search over GraphQL ({@code graphql/search.graphqls}). */
@Controller
class SearchGraphQlController {

  private final ServiceSearch search;
  private final DirectoryQueries directory;

  SearchGraphQlController(ServiceSearch search, DirectoryQueries directory) {
    this.search = search;
    this.directory = directory;
  }

  /** The GraphQL input, bound by name from {@code ServiceSearchInput}. */
  record ServiceSearchInput(
      List<String> needs,
      String area,
      String place,
      GeoPointInput near,
      Double radiusKm,
      String prison,
      Integer age,
      List<String> circumstances,
      String text,
      Boolean includeExcluded) {

    /**
     * From the argument as graphql-java coerced it to the schema's types (IDs and strings as {@code
     * String}, {@code Int} as {@code Integer}, {@code Float} as {@code Double}, lists as {@code
     * List}). Bound here rather than by Spring's argument binder, which looked up the record's
     * constructor by reflection on every request: a tenth of a search's work on the web thread.
     */
    @SuppressWarnings("unchecked")
    static ServiceSearchInput of(Map<String, Object> input) {
      Map<String, Object> near = (Map<String, Object>) input.get("near");
      return new ServiceSearchInput(
          (List<String>) input.get("needs"),
          (String) input.get("area"),
          (String) input.get("place"),
          near == null
              ? null
              : new GeoPointInput((Double) near.get("latitude"), (Double) near.get("longitude")),
          (Double) input.get("radiusKm"),
          (String) input.get("prison"),
          (Integer) input.get("age"),
          (List<String>) input.get("circumstances"),
          (String) input.get("text"),
          (Boolean) input.get("includeExcluded"));
    }

    SearchCriteria criteria() {
      return new SearchCriteria(
          needs,
          area,
          place,
          near == null ? null : near.latitude(),
          near == null ? null : near.longitude(),
          radiusKm,
          prison,
          age,
          circumstances,
          text,
          Boolean.TRUE.equals(includeExcluded));
    }
  }

  record GeoPointInput(Double latitude, Double longitude) {}

  /**
   * The search, and when the page's services are asked for, those services and their agencies read
   * in the search's own transaction ({@link ServiceSearch#searchPage}), kept for the batch mappings
   * below ({@link ReadAhead}).
   */
  @QueryMapping
  ServiceSearchConnection searchServices(
      @Argument Integer first, @Argument String after, DataFetchingEnvironment environment) {
    int size = first == null ? 20 : first;
    if (size < 1 || size > DirectoryQueries.MAX_PAGE_SIZE) {
      throw new InvalidArgumentException(
          "first", "must be between 1 and " + DirectoryQueries.MAX_PAGE_SIZE + ", was " + size);
    }
    int offset = Connection.offsetAfter(after);
    boolean withServices = GraphQlSelections.asks(environment, List.of("edges", "node", "service"));
    ServiceSearch.SearchPage page =
        search.searchPage(
            ServiceSearchInput.of(environment.getArgument("input")).criteria(),
            offset,
            size,
            withServices);
    ReadAhead.keep(environment.getGraphQlContext(), page.services());
    return ServiceSearchConnection.of(page.result(), offset, size);
  }

  @BatchMapping(typeName = "ServiceSearchHit", field = "service")
  List<Service> serviceOfHits(List<SearchResult.Hit> hits, GraphQLContext context) {
    return ReadAhead.services(
        context, hits.stream().map(SearchResult.Hit::serviceId).toList(), directory::servicesByIds);
  }

  @BatchMapping(typeName = "ServiceSearchHit", field = "needsMet")
  List<List<Need>> needsMetOfHits(List<SearchResult.Hit> hits) {
    Map<String, Need> needs = needsById();
    return hits.stream().map(h -> h.needIds().stream().map(needs::get).toList()).toList();
  }

  @BatchMapping(typeName = "NeedGroup", field = "need")
  List<Need> needOfGroups(List<SearchResult.NeedGroup> groups) {
    Map<String, Need> needs = needsById();
    return groups.stream().map(g -> needs.get(g.needId())).toList();
  }

  @SchemaMapping(typeName = "NeedGroup", field = "count")
  int countOfGroup(SearchResult.NeedGroup group) {
    return group.serviceIds().size();
  }

  @BatchMapping(typeName = "NeedGroup", field = "services")
  List<List<Service>> servicesOfGroups(List<SearchResult.NeedGroup> groups) {
    Map<String, Service> services =
        directory.servicesByIds(
            groups.stream().flatMap(g -> g.serviceIds().stream()).distinct().toList());
    return groups.stream().map(g -> g.serviceIds().stream().map(services::get).toList()).toList();
  }

  @BatchMapping(typeName = "ExcludedService", field = "service")
  List<Service> serviceOfExcluded(List<SearchResult.Excluded> excluded) {
    Map<String, Service> services =
        directory.servicesByIds(excluded.stream().map(SearchResult.Excluded::serviceId).toList());
    return excluded.stream().map(e -> services.get(e.serviceId())).toList();
  }

  private Map<String, Need> needsById() {
    return search.needsById();
  }
}
