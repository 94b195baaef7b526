package org.throughcareatlas.directory;

import java.util.List;

/** Everything the service page shows about one service. */
public record ServiceDetails(
    Service service,
    Agency agency,
    List<Need> needs,
    List<Circumstance> onlyFor,
    List<Area> covers,
    List<Prison> inReach,
    List<Location> locations,
    List<Contact> contacts,
    List<WorkingRelationship> fundedBy) {}
