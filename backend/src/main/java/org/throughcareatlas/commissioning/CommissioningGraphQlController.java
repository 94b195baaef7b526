package org.throughcareatlas.commissioning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.throughcareatlas.commissioning.DuplicateGroup.ScoredPair;
import org.throughcareatlas.commissioning.FragileProvision.FragileService;
import org.throughcareatlas.directory.DirectoryQueries;
import org.throughcareatlas.directory.InvalidArgumentException;
import org.throughcareatlas.directory.Service;

/** Commissioning analytics over GraphQL ({@code graphql/commissioning.graphqls}). */
@Controller
@org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('COMMISSIONER', 'ADMIN')")
class CommissioningGraphQlController {

  private final Commissioning commissioning;
  private final DirectoryQueries directory;

  CommissioningGraphQlController(Commissioning commissioning, DirectoryQueries directory) {
    this.commissioning = commissioning;
    this.directory = directory;
  }

  @QueryMapping
  CoverageMatrix coverage(@Argument String group, @Argument Boolean narrower) {
    return commissioning.coverage(group, Boolean.TRUE.equals(narrower));
  }

  @QueryMapping
  List<DuplicateGroup> duplicates(@Argument Double minScore, @Argument Integer minGroupSize) {
    return commissioning.duplicates(
        minScore == null ? Commissioning.DEFAULT_MIN_SCORE : minScore,
        minGroupSize == null ? 2 : minGroupSize);
  }

  @QueryMapping
  List<Gap> gaps(@Argument String group, @Argument Boolean everyGroup, @Argument Boolean narrower) {
    boolean every = Boolean.TRUE.equals(everyGroup);
    if (every && group != null) {
      throw new InvalidArgumentException(
          "everyGroup", "give either a group or everyGroup: true, not both");
    }
    return commissioning.gaps(
        every ? Commissioning.STANDARD_GROUPS : java.util.Collections.singletonList(group),
        !Boolean.FALSE.equals(narrower));
  }

  @QueryMapping
  FragileProvision fragileProvision(
      @Argument String group, @Argument LocalDate today, @Argument Boolean narrower) {
    return commissioning.fragileProvision(
        group, today == null ? LocalDate.now() : today, !Boolean.FALSE.equals(narrower));
  }

  @SchemaMapping(typeName = "DuplicateGroup", field = "size")
  int sizeOfGroup(DuplicateGroup group) {
    return group.services().size();
  }

  @SchemaMapping(typeName = "Gap", field = "groupName")
  String groupNameOfGap(Gap gap) {
    return gap.group() == null ? "everyone" : gap.group().name();
  }

  @BatchMapping(typeName = "DuplicateGroup", field = "services")
  List<List<Service>> servicesOfGroups(List<DuplicateGroup> groups) {
    Map<String, Service> services =
        services(
            groups.stream()
                .flatMap(g -> g.services().stream())
                .map(DuplicateCandidate::serviceId)
                .toList());
    return groups.stream()
        .map(g -> g.services().stream().map(c -> services.get(c.serviceId())).toList())
        .toList();
  }

  @BatchMapping(typeName = "DuplicatePair", field = "a")
  List<Service> firstOfPairs(List<ScoredPair> pairs) {
    return each(pairs, ScoredPair::serviceIdA);
  }

  @BatchMapping(typeName = "DuplicatePair", field = "b")
  List<Service> secondOfPairs(List<ScoredPair> pairs) {
    return each(pairs, ScoredPair::serviceIdB);
  }

  @BatchMapping(typeName = "GapService", field = "service")
  List<Service> serviceOfInstead(List<Gap.Instead> instead) {
    return each(instead, Gap.Instead::serviceId);
  }

  @BatchMapping(typeName = "FragileService", field = "service")
  List<Service> serviceOfFragile(List<FragileService> fragile) {
    return each(fragile, FragileService::serviceId);
  }

  private <T> List<Service> each(List<T> items, Function<T, String> id) {
    Map<String, Service> services = services(items.stream().map(id).toList());
    return items.stream().map(i -> services.get(id.apply(i))).toList();
  }

  private Map<String, Service> services(Collection<String> ids) {
    return directory.servicesByIds(ids.stream().distinct().toList());
  }
}
