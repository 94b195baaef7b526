package org.throughcareatlas.search;

import java.util.List;
import org.throughcareatlas.directory.Connection;

/**
 * A page of search results with the whole search's groups and exclusions. The name ends in
 * "Connection" so that Spring for GraphQL passes it through as it is.
 */
public record ServiceSearchConnection(
    List<Connection.Edge<SearchResult.Hit>> edges,
    Connection.PageInfo pageInfo,
    int totalCount,
    List<SearchResult.NeedGroup> groups,
    List<SearchResult.Excluded> excluded,
    SearchResult.Place place) {

  static ServiceSearchConnection of(SearchResult result, int offset, int first) {
    List<SearchResult.Hit> page = result.page(offset, first);
    Connection<SearchResult.Hit> connection = Connection.of(page, offset, result.hits().size());
    return new ServiceSearchConnection(
        connection.edges(),
        connection.pageInfo(),
        connection.totalCount(),
        result.groups(),
        result.excluded(),
        result.place());
  }
}
