package org.throughcareatlas.directory;

import java.util.List;

/** A line of the services list: the service with its agency, needs and catchment in words. */
public record ServiceSummary(
    Service service, String agencyId, String agencyName, List<String> needs, List<String> areas) {}
