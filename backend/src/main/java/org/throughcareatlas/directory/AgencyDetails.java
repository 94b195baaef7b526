package org.throughcareatlas.directory;

import java.util.List;

/** Everything the agency page shows about one agency. */
public record AgencyDetails(
    Agency agency,
    Area baseArea,
    List<Service> services,
    List<Contact> contacts,
    List<WorkingRelationship> relationships) {}
