package org.throughcareatlas.ui.map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where maps get their background tiles: {@code atlas.map.tile-url} (a Leaflet URL template with
 * {@code {z}}, {@code {x}} and {@code {y}}) and {@code atlas.map.attribution} (shown as plain
 * text). Without a reachable tile server the maps still draw their markers on a plain background.
 */
@ConfigurationProperties("atlas.map")
public record MapSettings(
    @DefaultValue(DEFAULT_TILE_URL) String tileUrl,
    @DefaultValue(DEFAULT_ATTRIBUTION) String attribution) {

  public static final String DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
  public static final String DEFAULT_ATTRIBUTION = "© OpenStreetMap contributors";

  /** The defaults, for code that has no Spring context (tests, a map built by hand). */
  public static MapSettings defaults() {
    return new MapSettings(DEFAULT_TILE_URL, DEFAULT_ATTRIBUTION);
  }
}
