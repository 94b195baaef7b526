package org.throughcareatlas.network;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.throughcareatlas.directory.Agency;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.Prison;

/** The network over GraphQL ({@code graphql/network.graphqls}). */
@Controller
class NetworkGraphQlController {

  /** The most items a health measure lists. */
  static final int MAX_LIMIT = 1000;

  private final NetworkQueries network;
  private final DirectoryQueries directory;

  NetworkGraphQlController(NetworkQueries network, DirectoryQueries directory) {
    this.network = network;
    this.directory = directory;
  }

  /** The GraphQL input, bound by name from {@code AgencyNetworkFilter}. */
  record AgencyNetworkFilter(
      String area, String need, String prison, List<String> relationshipTypes) {}

  @QueryMapping
  ReferralPaths referralPaths(@Argument String from, @Argument String to) {
    return network.referralPaths(from, to);
  }

  @QueryMapping
  AgencyNetwork agencyNeighbourhood(@Argument String id, @Argument Integer depth) {
    return network.neighbourhood(id, depth == null ? 1 : depth);
  }

  @QueryMapping
  AgencyNetwork agencyNetwork(@Argument AgencyNetworkFilter filter) {
    return network.network(
        filter == null
            ? NetworkFilter.NONE
            : new NetworkFilter(
                filter.area(), filter.need(), filter.prison(), filter.relationshipTypes()));
  }

  @QueryMapping
  NetworkHealth networkHealth(@Argument LocalDate asOf, @Argument Integer limit) {
    int size = limit == null ? 100 : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw new NetworkInputException(
          "limit", "Limit must be between 1 and " + MAX_LIMIT + ", was " + size + ".");
    }
    return network.health(asOf == null ? LocalDate.now() : asOf, size);
  }

  // Maps, not lists: a node of the other kind has no value, and a batch list may not hold nulls.

  @BatchMapping(typeName = "NetworkNode", field = "agency")
  Map<AgencyNetwork.Node, Agency> agencyOfNodes(List<AgencyNetwork.Node> nodes) {
    Map<String, Agency> agencies =
        network.agenciesByIds(
            nodes.stream().filter(n -> !n.isPrison()).map(AgencyNetwork.Node::id).toList());
    Map<AgencyNetwork.Node, Agency> result = new HashMap<>();
    nodes.stream()
        .filter(n -> !n.isPrison() && agencies.containsKey(n.id()))
        .forEach(n -> result.put(n, agencies.get(n.id())));
    return result;
  }

  @BatchMapping(typeName = "NetworkNode", field = "prison")
  Map<AgencyNetwork.Node, Prison> prisonOfNodes(List<AgencyNetwork.Node> nodes) {
    Map<String, Prison> prisons =
        directory.prisons().stream().collect(Collectors.toMap(Prison::id, Function.identity()));
    Map<AgencyNetwork.Node, Prison> result = new HashMap<>();
    nodes.stream()
        .filter(n -> n.isPrison() && prisons.containsKey(n.id()))
        .forEach(n -> result.put(n, prisons.get(n.id())));
    return result;
  }
}
