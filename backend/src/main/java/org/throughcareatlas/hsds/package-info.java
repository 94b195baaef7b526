/**
 * The directory given back as HSDS 3.0 (Open Referral), following {@code docs/hsds-mapping.md}:
 * {@link HsdsDocuments} turns the graph into HSDS objects (reading a page of services with
 * everything nested in a few queries), {@link HsdsExport} writes a whole or filtered directory as
 * JSON or as a tabular datapackage (usable without the web application: it needs only a driver),
 * and {@link HsdsApiController} serves the read-only Open Referral UK API under {@code /hsds}.
 */
package org.throughcareatlas.hsds;
