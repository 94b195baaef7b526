package org.throughcareatlas.ui.map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * Test-only page for {@link LeafletMapBrowserTest}: a map with three markers and a search radius,
 * the id of the last clicked marker, and buttons that detach and re-attach the map.
 */
@Route("test/map")
@AnonymousAllowed
public class MapTestView extends VerticalLayout {

  static final List<LeafletMap.Marker> MARKERS =
      List.of(
          new LeafletMap.Marker("glasgow", 55.8642, -4.2518, "Glasgow hub", "Housing advice"),
          new LeafletMap.Marker(
              "edinburgh", 55.9533, -3.1883, "<b>Bold</b> & Co", "<img src=x onerror=alert(1)>"),
          new LeafletMap.Marker("stirling", 56.1165, -3.9369, "Stirling desk", null));

  public MapTestView(MapSettings settings) {
    LeafletMap map = new LeafletMap(settings);
    map.setHeight("420px");
    // Set before the map is attached: applied when it is.
    map.setMarkers(MARKERS);
    map.setCircle(55.8642, -4.2518, 60);
    map.fitToMarkers();

    Span clicked = new Span("Clicked: none");
    clicked.setId("clicked");
    map.addMarkerClickListener(id -> clicked.setText("Clicked: " + id));

    VerticalLayout holder = new VerticalLayout(map);
    holder.setPadding(false);
    holder.setWidthFull();
    Button hide = new Button("Hide map", e -> holder.remove(map));
    Button show = new Button("Show map", e -> holder.add(map));
    add(new HorizontalLayout(hide, show, clicked), holder);
    setWidth("900px");
  }
}
