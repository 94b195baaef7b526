package org.throughcareatlas.hsds;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The read-only HSDS 3.0 API of the Open Referral UK profile under {@code /hsds}: public GETs,
 * paged lists with the profile's filters, 400 naming the parameter for what cannot be used, 404 for
 * unknown ids, 405 for anything but GET. The CORS header is added by {@link HsdsConfiguration}.
 */
@RestController
@RequestMapping(path = "/hsds", produces = MediaType.APPLICATION_JSON_VALUE)
class HsdsApiController {

  private final HsdsApi api;

  HsdsApiController(HsdsApi api) {
    this.api = api;
  }

  @GetMapping({"", "/"})
  ObjectNode root() {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("version", HsdsApi.VERSION);
    out.put("profile", HsdsApi.PROFILE);
    out.put(
        "openapi_url",
        "https://raw.githubusercontent.com/OpenReferralUK/uk-profile/main/schema/openapi.json");
    out.put(
        "atlas_services_url",
        ServletUriComponentsBuilder.fromCurrentContextPath().path("/hsds/services").toUriString());
    return out;
  }

  @GetMapping("/services")
  ObjectNode services(
      @RequestParam(required = false) String page,
      @RequestParam(name = "per_page", required = false) String perPage,
      @RequestParam(required = false) String full,
      @RequestParam Map<String, String> all) {
    return api.services(serviceParameters(all), Paging.of(page, perPage), "true".equals(full));
  }

  @GetMapping("/services/{id}")
  ObjectNode service(@PathVariable String id) {
    return api.service(id);
  }

  @GetMapping("/service_at_locations")
  ObjectNode serviceAtLocations(
      @RequestParam(required = false) String page,
      @RequestParam(name = "per_page", required = false) String perPage,
      @RequestParam Map<String, String> all) {
    return api.serviceAtLocations(serviceParameters(all), Paging.of(page, perPage));
  }

  @GetMapping("/service_at_locations/{id}")
  ObjectNode serviceAtLocation(@PathVariable String id) {
    return api.serviceAtLocation(id);
  }

  @GetMapping("/organizations")
  ObjectNode organizations(
      @RequestParam(required = false) String page,
      @RequestParam(name = "per_page", required = false) String perPage,
      @RequestParam(required = false) String search) {
    return api.organizations(search, Paging.of(page, perPage));
  }

  @GetMapping("/organizations/{id}")
  ObjectNode organization(
      @PathVariable String id,
      @RequestParam(name = "full_service", required = false) String fullService) {
    return api.organization(id, "true".equals(fullService));
  }

  @GetMapping("/taxonomies")
  ObjectNode taxonomies(
      @RequestParam(required = false) String page,
      @RequestParam(name = "per_page", required = false) String perPage) {
    return api.taxonomies(Paging.of(page, perPage));
  }

  @GetMapping("/taxonomies/{id}")
  ObjectNode taxonomy(@PathVariable String id) {
    return api.taxonomy(id);
  }

  @GetMapping("/taxonomy_terms")
  ObjectNode taxonomyTerms(
      @RequestParam(required = false) String page,
      @RequestParam(name = "per_page", required = false) String perPage,
      @RequestParam(name = "taxonomy_id", required = false) String taxonomyId) {
    return api.taxonomyTerms(taxonomyId, Paging.of(page, perPage));
  }

  @GetMapping("/taxonomy_terms/{id}")
  ObjectNode taxonomyTerm(@PathVariable String id) {
    return api.taxonomyTerm(id);
  }

  /** Any other path under /hsds. */
  @GetMapping("/**")
  ResponseEntity<ObjectNode> unknownPath() {
    return error(HttpStatus.NOT_FOUND, null, "There is no such endpoint; see /hsds/.");
  }

  /** The API is read-only. */
  @RequestMapping(
      path = {"", "/**"},
      method = {RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE})
  ResponseEntity<ObjectNode> readOnly() {
    ResponseEntity<ObjectNode> error =
        error(HttpStatus.METHOD_NOT_ALLOWED, null, "The HSDS API is read-only: use GET.");
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
        .header(HttpHeaders.ALLOW, "GET")
        .contentType(MediaType.APPLICATION_JSON)
        .body(error.getBody());
  }

  @ExceptionHandler(HsdsInputException.class)
  ResponseEntity<ObjectNode> badInput(HsdsInputException e) {
    return error(HttpStatus.BAD_REQUEST, e.parameter(), e.getMessage());
  }

  @ExceptionHandler(HsdsNotFoundException.class)
  ResponseEntity<ObjectNode> notFound(HsdsNotFoundException e) {
    return error(HttpStatus.NOT_FOUND, null, e.getMessage());
  }

  private static HsdsApi.ServiceParameters serviceParameters(Map<String, String> p) {
    return new HsdsApi.ServiceParameters(
        p.get("search"),
        p.get("taxonomy_term_id"),
        p.get("taxonomy_id"),
        p.get("organization_id"),
        p.get("modified_after"),
        p.get("minimum_age"),
        p.get("maximum_age"),
        p.get("proximity"),
        p.get("postcode"),
        p.get("latitude"),
        p.get("longitude"));
  }

  private static ResponseEntity<ObjectNode> error(
      HttpStatus status, String parameter, String message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("status", status.value());
    body.put("error", status.getReasonPhrase());
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    body.put("message", message);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
