package org.throughcareatlas.ui.map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A map (Leaflet 1.9.4) showing places as round markers, optionally with a search radius.
 *
 * <p>Leaflet comes from the {@code org.webjars.npm:leaflet} WebJar, served by Spring Boot as static
 * files under {@code /webjars/leaflet/1.9.4/dist/} and loaded by the browser at run time ({@code
 * context://} URLs count as external, so Vaadin's pre-compiled bundle still serves everything else
 * and no frontend build is needed). Data goes to the browser only as {@code executeJs} parameters
 * (markers as one JSON string) and is shown as text, never as HTML.
 *
 * <p>State set before the map is attached is kept and applied when it is attached, and again on
 * every re-attach. Without tiles (no internet, tile server down) markers and circle still draw on a
 * plain background; if Leaflet itself did not load, the map shows {@value #UNAVAILABLE} instead.
 *
 * <p>In the browser each marker is an SVG {@code path.atlas-marker} with {@code data-marker-id},
 * the radius a {@code path.atlas-search-radius}.
 */
@Tag("div")
@JavaScript(LeafletMap.LEAFLET_JS)
@StyleSheet(LeafletMap.LEAFLET_CSS)
public class LeafletMap extends Component implements HasSize {

  static final String LEAFLET_JS = "context://webjars/leaflet/1.9.4/dist/leaflet.js";
  static final String LEAFLET_CSS = "context://webjars/leaflet/1.9.4/dist/leaflet.css";

  /** Shown inside the map's box when Leaflet could not be loaded or started. */
  public static final String UNAVAILABLE = "Map unavailable: the list shows every result.";

  /** Scotland, whole: the view until something else is asked for. */
  private static final double DEFAULT_LATITUDE = 56.8;

  private static final double DEFAULT_LONGITUDE = -4.2;
  private static final int DEFAULT_ZOOM = 6;

  private static final String CLICK_EVENT = "atlas-marker-click";
  private static final String CLICK_ID = "event.detail.id";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A place on the map; {@code title} and {@code subtitle} show as text in its tooltip. */
  public record Marker(String id, double latitude, double longitude, String title, String subtitle)
      implements Serializable {

    public Marker {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
        throw new IllegalArgumentException(
            "Marker " + id + " is not on the map: " + latitude + ", " + longitude);
      }
      subtitle = subtitle == null ? "" : subtitle;
    }
  }

  private record Circle(double latitude, double longitude, double radiusKm)
      implements Serializable {}

  private record Centre(double latitude, double longitude, int zoom) implements Serializable {}

  private String tileUrl;
  private String attribution;
  private List<Marker> markers = List.of();
  private Circle circle;
  private Centre centre = new Centre(DEFAULT_LATITUDE, DEFAULT_LONGITUDE, DEFAULT_ZOOM);
  private boolean fitted;
  private final List<Consumer<String>> clickListeners = new CopyOnWriteArrayList<>();

  /** A map with the default tile source ({@link MapSettings#defaults()}). */
  public LeafletMap() {
    this(MapSettings.defaults());
  }

  /** A map with the configured tile source (inject {@link MapSettings} into the view). */
  public LeafletMap(MapSettings settings) {
    this(settings.tileUrl(), settings.attribution());
  }

  public LeafletMap(String tileUrl, String attribution) {
    this.tileUrl = Objects.requireNonNull(tileUrl, "tileUrl");
    this.attribution = attribution == null ? "" : attribution;
    addClassName("atlas-map");
    setWidth("100%");
    setHeight("400px");
    getElement()
        .addEventListener(CLICK_EVENT, event -> markerClicked(event.getEventData().get(CLICK_ID)))
        .addEventData(CLICK_ID);
  }

  /** Changes where background tiles come from: a URL template and its attribution (plain text). */
  public void setTileSource(String urlTemplate, String attribution) {
    this.tileUrl = Objects.requireNonNull(urlTemplate, "urlTemplate");
    this.attribution = attribution == null ? "" : attribution;
    run("setTiles($0, $1)", tileUrl, this.attribution);
  }

  /** Replaces the markers. The view does not move; call {@link #fitToMarkers()} for that. */
  public void setMarkers(List<Marker> markers) {
    this.markers = List.copyOf(markers);
    run("setMarkers(JSON.parse($0))", markersJson());
  }

  public List<Marker> getMarkers() {
    return markers;
  }

  /** Centres the map on a point at a Leaflet zoom level (0 = the world, 18 = a street). */
  public void setCentre(double latitude, double longitude, int zoom) {
    centre = new Centre(latitude, longitude, zoom);
    fitted = false;
    run("setView($0, $1, $2)", latitude, longitude, zoom);
  }

  /** Moves the view to show every marker; with no markers the view stays as it is. */
  public void fitToMarkers() {
    if (markers.isEmpty()) {
      return;
    }
    fitted = true;
    run("fit()");
  }

  /** Draws a circle of {@code radiusKm} around a point, e.g. the search radius. */
  public void setCircle(double latitude, double longitude, double radiusKm) {
    if (!(radiusKm > 0) || Double.isInfinite(radiusKm)) {
      throw new IllegalArgumentException("The radius must be a positive distance: " + radiusKm);
    }
    circle = new Circle(latitude, longitude, radiusKm);
    run("setCircle($0, $1, $2)", latitude, longitude, radiusKm * 1000);
  }

  public void clearCircle() {
    circle = null;
    run("clearCircle()");
  }

  /**
   * Calls {@code listener} with a marker's id when it is clicked (or activated with the keyboard).
   * Ids that are not among the current markers are ignored.
   */
  public Registration addMarkerClickListener(Consumer<String> listener) {
    clickListeners.add(Objects.requireNonNull(listener, "listener"));
    return () -> clickListeners.remove(listener);
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    // A re-attached element is a new node in the browser: build the map again from the state.
    getElement().executeJs(INIT, tileUrl, attribution, UNAVAILABLE);
    run("setMarkers(JSON.parse($0))", markersJson());
    if (circle != null) {
      run("setCircle($0, $1, $2)", circle.latitude(), circle.longitude(), circle.radiusKm() * 1000);
    }
    if (fitted && !markers.isEmpty()) {
      run("fit()");
    } else {
      run("setView($0, $1, $2)", centre.latitude(), centre.longitude(), centre.zoom());
    }
  }

  private void markerClicked(JsonNode idNode) {
    if (idNode == null || !idNode.isString()) {
      return;
    }
    String id = idNode.asString();
    if (markers.stream().noneMatch(m -> m.id().equals(id))) {
      return;
    }
    for (Consumer<String> listener : clickListeners) {
      listener.accept(id);
    }
  }

  private String markersJson() {
    return JSON.writeValueAsString(new ArrayList<>(markers));
  }

  /**
   * Calls a method of the browser-side map when attached (and started); else it waits for attach.
   */
  private void run(String call, Serializable... parameters) {
    if (isAttached()) {
      getElement().executeJs("if (this.atlasMap) { this.atlasMap." + call + "; }", parameters);
    }
  }

  /**
   * Starts Leaflet in this element and puts the map's API on {@code this.atlasMap}. $0 tile URL
   * template, $1 attribution (text), $2 the text shown when Leaflet is missing.
   */
  private static final String INIT =
      """
      const el = this;
      if (el.atlasMap) {
        try { el.atlasMap.destroy(); } catch (e) { /* the old map is gone anyway */ }
        el.atlasMap = null;
      }
      const unavailable = () => {
        el.replaceChildren();
        const note = document.createElement('p');
        note.className = 'atlas-map-unavailable';
        note.style.margin = '0';
        note.style.padding = 'var(--lumo-space-m, 1em)';
        note.textContent = $2;
        el.appendChild(note);
      };
      const L = window.L;
      if (!L || typeof L.map !== 'function') {
        unavailable();
        return;
      }
      try {
        const asHtmlText = (text) => {
          const box = document.createElement('div');
          box.textContent = text == null ? '' : String(text);
          return box.innerHTML;
        };
        const map = L.map(el, { center: [56.8, -4.2], zoom: 6 });
        let tiles = null;
        const setTiles = (url, attribution) => {
          if (tiles) { map.removeLayer(tiles); }
          tiles = L.tileLayer(url, { attribution: asHtmlText(attribution), maxZoom: 19 });
          tiles.addTo(map);
        };
        setTiles($0, $1);
        const markers = L.featureGroup().addTo(map);
        let circle = null;
        // The view last asked for by the server; re-applied when the box changes size, until the
        // user moves the map. Not animated: the markers are where they belong at once.
        let lastView = null;
        let userMoved = false;
        let moving = false;
        const sized = () => el.clientWidth > 0 && el.clientHeight > 0;
        const show = (view) => {
          if (!view || !sized()) { return; }
          moving = true;
          try {
            if (view.fit) {
              if (markers.getLayers().length > 0) {
                map.fitBounds(markers.getBounds(),
                  { padding: [32, 32], maxZoom: 14, animate: false });
              }
            } else {
              map.setView([view.lat, view.lon], view.zoom, { animate: false });
            }
          } finally {
            moving = false;
          }
        };
        const applyView = (view) => {
          lastView = view;
          userMoved = false;
          show(view);
        };
        map.on('dragstart', () => { userMoved = true; });
        map.on('zoomstart', () => { if (!moving) { userMoved = true; } });
        const observer = new ResizeObserver(() => {
          if (!sized()) { return; }
          map.invalidateSize({ animate: false });
          if (!userMoved) { show(lastView); }
        });
        observer.observe(el);
        const tooltipContent = (title, subtitle) => {
          const box = document.createElement('div');
          const strong = document.createElement('strong');
          strong.textContent = title;
          box.appendChild(strong);
          if (subtitle) {
            const line = document.createElement('div');
            line.textContent = subtitle;
            box.appendChild(line);
          }
          return box;
        };
        el.atlasMap = {
          setTiles,
          setMarkers(list) {
            markers.clearLayers();
            for (const m of list) {
              const marker = L.circleMarker([m.latitude, m.longitude], {
                radius: 8, className: 'atlas-marker', color: '#ffffff', weight: 2,
                fillColor: '#1a5fb4', fillOpacity: 0.9
              });
              marker.bindTooltip(tooltipContent(m.title, m.subtitle),
                { direction: 'top', offset: [0, -8] });
              const activate = () => el.dispatchEvent(
                new CustomEvent('atlas-marker-click', { detail: { id: String(m.id) } }));
              marker.on('click', activate);
              marker.addTo(markers);
              const path = marker.getElement();
              if (path) {
                path.setAttribute('data-marker-id', String(m.id));
                path.setAttribute('role', 'button');
                path.setAttribute('tabindex', '0');
                path.setAttribute('aria-label', m.subtitle ? m.title + ', ' + m.subtitle : m.title);
                path.addEventListener('keydown', (e) => {
                  if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); activate(); }
                });
                path.addEventListener('focus', () => marker.openTooltip());
                path.addEventListener('blur', () => marker.closeTooltip());
              }
            }
          },
          setCircle(lat, lon, metres) {
            if (circle) { map.removeLayer(circle); }
            circle = L.circle([lat, lon], {
              radius: metres, className: 'atlas-search-radius', interactive: false,
              color: '#1a5fb4', weight: 1, fillOpacity: 0.06, dashArray: '6 4'
            }).addTo(map);
            circle.bringToBack();
          },
          clearCircle() {
            if (circle) { map.removeLayer(circle); circle = null; }
          },
          setView(lat, lon, zoom) { applyView({ lat, lon, zoom }); },
          fit() { applyView({ fit: true }); },
          destroy() { observer.disconnect(); map.remove(); }
        };
      } catch (e) {
        console.error('The map could not start', e);
        el.atlasMap = null;
        unavailable();
      }
      """;
}
