/**
 * The Vaadin UI. One sub-package per area of the navigation, named after it: {@code services} (Find
 * services, a service's page), {@code agencies} (Agencies, an agency's page), {@code network}
 * (Agency map), {@code commissioning}, {@code data}. Views are thin: they call the backend's
 * queries and load in the background through {@link BackgroundLoad}.
 */
package org.throughcareatlas.ui;
