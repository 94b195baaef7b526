package org.throughcareatlas.directory;

import java.util.List;

/**
 * Everything the agency page shows about one agency: its reach (the needs its services meet, the
 * council areas they cover, the prisons it works in directly or through its services), services,
 * contacts and working relationships.
 */
public record AgencyDetails(
    Agency agency,
    Area baseArea,
    List<String> needNames,
    List<String> areaNames,
    List<String> prisonNames,
    List<Service> services,
    List<Contact> contacts,
    List<WorkingRelationship> relationships) {}
