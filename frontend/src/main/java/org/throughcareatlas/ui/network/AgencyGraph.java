package org.throughcareatlas.ui.network;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agency map's picture: agencies and prisons as nodes, their working relationships as edges,
 * drawn by Cytoscape.js 3.33.1 — pan, zoom, click a node, hover an edge for what it means.
 *
 * <p>Cytoscape comes from the {@code org.webjars.npm:cytoscape} WebJar, served by Spring Boot as a
 * static file under {@code /webjars/cytoscape/3.33.1/dist/} and loaded by the browser at run time
 * (a {@code context://} URL: no frontend build). Data goes to the browser only as one JSON {@code
 * executeJs} parameter and is shown as text (canvas labels, tooltips via {@code textContent}),
 * never as HTML; kinds and types only pick from fixed styles.
 *
 * <p>Drawing: nodes coloured by kind (unknown kinds grey), prisons as rounded rectangles, node size
 * by number of relationships; edges coloured and styled by type (refers to: arrow; partners with:
 * plain line; shares information with: dashed; works in: dotted; funds/commissions: arrow). Laid
 * out by Cytoscape's own force-directed {@code cose} layout, not animated, from starting positions
 * derived from the ids (the same graph always gives the same picture), then stretched to the box's
 * shape; 0.4–1.2 s for 250 nodes and 400 edges in headless Chromium on a 2-core machine. Nodes
 * without relationships are lined up under the rest. Labels show for prisons and the best-connected
 * agencies (at least 12px high at any zoom); the others show theirs when zoomed in or when a
 * neighbour is highlighted, and every node and edge names itself in a tooltip on hover. A legend of
 * the kinds and types present is drawn under the canvas.
 *
 * <p>State set before the component is attached is kept and applied when it is, and again on every
 * re-attach. If Cytoscape did not load, the component shows {@value #UNAVAILABLE} instead.
 *
 * <p>In the browser, once drawn, the element carries {@code data-node-count}, {@code
 * data-edge-count} and {@code data-layout-ms}, and the Cytoscape instance as {@code element.cy}
 * (for tests: {@code element.cy.$id('x').renderedPosition()} is where to click node x, relative to
 * {@code .atlas-agency-graph-canvas}).
 */
@Tag("div")
@JavaScript(AgencyGraph.CYTOSCAPE_JS)
public class AgencyGraph extends Component implements HasSize {

  static final String CYTOSCAPE_JS = "context://webjars/cytoscape/3.33.1/dist/cytoscape.min.js";

  /** Shown inside the component when Cytoscape could not be loaded or started. */
  public static final String UNAVAILABLE =
      "Agency map unavailable: the lists on this page show every agency and relationship.";

  private static final String CLICK_EVENT = "atlas-graph-node-click";
  private static final String CLICK_ID = "event.detail.id";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * An agency or a prison. {@code kind} is one of STATUTORY, PRISON_SERVICE, THIRD_SECTOR,
   * PEER_LED, FAITH_BASED, HEALTH, FUNDER (agencies) or PRISON; any other kind is drawn grey.
   */
  public record Node(String id, String label, String kind) implements Serializable {

    public Node {
      Objects.requireNonNull(id, "id");
      label = label == null ? id : label;
      kind = kind == null ? "" : kind;
    }
  }

  /**
   * A working relationship from {@code source} to {@code target} (node ids). {@code type} is one of
   * REFERS_TO, PARTNERS_WITH, SHARES_INFORMATION_WITH, WORKS_IN, FUNDS, COMMISSIONS; {@code label}
   * is shown as text on hover, e.g. "Sacro refers to Shelter Scotland · since 2019".
   */
  public record Edge(String id, String source, String target, String type, String label)
      implements Serializable {

    public Edge {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      type = type == null ? "" : type;
      label = label == null ? "" : label;
    }
  }

  private record Graph(List<Node> nodes, List<Edge> edges) implements Serializable {}

  private Graph graph = new Graph(List.of(), List.of());
  private String selected;
  private final List<Consumer<String>> clickListeners = new CopyOnWriteArrayList<>();

  public AgencyGraph() {
    addClassName("atlas-agency-graph");
    setWidth("100%");
    setHeight("600px");
    getElement()
        .addEventListener(CLICK_EVENT, event -> nodeClicked(event.getEventData().get(CLICK_ID)))
        .addEventData(CLICK_ID);
  }

  /**
   * Replaces the whole graph and lays it out anew, fitted to the box. Node ids and edge ids must
   * each be unique; edges whose ends are not among the nodes are left out.
   *
   * @throws IllegalArgumentException if two nodes or two edges share an id
   */
  public void setGraph(List<Node> nodes, List<Edge> edges) {
    Map<String, Node> byId = new LinkedHashMap<>();
    for (Node node : nodes) {
      if (byId.putIfAbsent(node.id(), node) != null) {
        throw new IllegalArgumentException("Two nodes have the id " + node.id());
      }
    }
    Set<String> edgeIds = new HashSet<>();
    List<Edge> kept = new ArrayList<>();
    for (Edge edge : edges) {
      if (!edgeIds.add(edge.id())) {
        throw new IllegalArgumentException("Two edges have the id " + edge.id());
      }
      if (byId.containsKey(edge.source()) && byId.containsKey(edge.target())) {
        kept.add(edge);
      }
    }
    graph = new Graph(List.copyOf(byId.values()), List.copyOf(kept));
    if (selected != null && !byId.containsKey(selected)) {
      selected = null;
    }
    run("setGraph(JSON.parse($0))", graphJson());
  }

  public List<Node> getNodes() {
    return graph.nodes();
  }

  public List<Edge> getEdges() {
    return graph.edges();
  }

  /**
   * Highlights a node and its neighbours (the rest fades) and centres the view on it, zoomed in far
   * enough to read the names; {@code null} or an unknown id clears the highlight.
   */
  public void select(String nodeId) {
    selected = nodeId != null && hasNode(nodeId) ? nodeId : null;
    run("select($0)", selected == null ? "" : selected);
  }

  /** The node last selected or clicked, if any. */
  public String getSelected() {
    return selected;
  }

  /** Shows the whole graph (any highlight stays). */
  public void fit() {
    run("fit()");
  }

  /**
   * Calls {@code listener} with a node's id when it is clicked (the node is then highlighted with
   * its neighbours). Ids that are not among the current nodes are ignored.
   */
  public Registration addNodeClickListener(Consumer<String> listener) {
    clickListeners.add(Objects.requireNonNull(listener, "listener"));
    return () -> clickListeners.remove(listener);
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    super.onAttach(attachEvent);
    // A re-attached element is a new node in the browser: draw again from the state.
    getElement().executeJs(INIT, UNAVAILABLE);
    run("setGraph(JSON.parse($0))", graphJson());
    if (selected != null) {
      run("select($0)", selected);
    }
  }

  private void nodeClicked(JsonNode idNode) {
    if (idNode == null || !idNode.isString()) {
      return;
    }
    String id = idNode.asString();
    if (!hasNode(id)) {
      return;
    }
    selected = id;
    for (Consumer<String> listener : clickListeners) {
      listener.accept(id);
    }
  }

  private boolean hasNode(String id) {
    return graph.nodes().stream().anyMatch(n -> n.id().equals(id));
  }

  private String graphJson() {
    return JSON.writeValueAsString(graph);
  }

  /** Calls a method of the browser-side graph when attached (and started); else waits. */
  private void run(String call, Serializable... parameters) {
    if (isAttached()) {
      getElement().executeJs("if (this.atlasGraph) { this.atlasGraph." + call + "; }", parameters);
    }
  }

  /**
   * Starts Cytoscape in this element and puts the graph's API on {@code this.atlasGraph}. $0 the
   * text shown when Cytoscape is missing.
   */
  private static final String INIT =
      """
      const el = this;
      const UNAVAILABLE = $0;
      if (el.atlasGraph) {
        try { el.atlasGraph.destroy(); } catch (e) { /* the old graph is gone anyway */ }
        el.atlasGraph = null;
      }
      el.replaceChildren();
      el.removeAttribute('data-node-count');
      el.removeAttribute('data-edge-count');
      const unavailable = () => {
        el.replaceChildren();
        const note = document.createElement('p');
        note.className = 'atlas-agency-graph-unavailable';
        note.style.margin = '0';
        note.style.padding = 'var(--lumo-space-m, 1em)';
        note.textContent = UNAVAILABLE;
        el.appendChild(note);
      };
      const cytoscape = window.cytoscape;
      if (typeof cytoscape !== 'function') {
        unavailable();
        return;
      }
      try {
        const KINDS = [
          ['STATUTORY', 'Statutory', '#0072b2'],
          ['PRISON_SERVICE', 'Prison service', '#56b4e9'],
          ['THIRD_SECTOR', 'Third sector', '#009e73'],
          ['PEER_LED', 'Peer-led', '#e69f00'],
          ['FAITH_BASED', 'Faith-based', '#cc79a7'],
          ['HEALTH', 'Health', '#d55e00'],
          ['FUNDER', 'Funder', '#f0e442'],
          ['PRISON', 'Prison', '#3d3846']
        ];
        const OTHER_KIND = ['OTHER', 'Other', '#9a9996'];
        const TYPES = [
          ['REFERS_TO', 'Refers to', '#1c71d8', 'solid', 'triangle'],
          ['PARTNERS_WITH', 'Partners with', '#2ec27e', 'solid', 'none'],
          ['SHARES_INFORMATION_WITH', 'Shares information with', '#9141ac', 'dashed', 'none'],
          ['WORKS_IN', 'Works in', '#865e3c', 'dotted', 'none'],
          ['FUNDS', 'Funds', '#c64600', 'solid', 'vee'],
          ['COMMISSIONS', 'Commissions', '#c64600', 'dashed', 'vee']
        ];
        const OTHER_TYPE = ['OTHER', 'Other', '#77767b', 'solid', 'none'];
        const kindOf = (k) => KINDS.find((x) => x[0] === k) || OTHER_KIND;
        const typeOf = (t) => TYPES.find((x) => x[0] === t) || OTHER_TYPE;

        el.style.display = 'flex';
        el.style.flexDirection = 'column';
        el.style.gap = '4px';
        const stage = document.createElement('div');
        stage.className = 'atlas-agency-graph-stage';
        stage.style.cssText = 'position:relative;flex:1 1 auto;min-height:0;'
          + 'border:1px solid var(--lumo-contrast-20pct, #ccc);border-radius:4px;overflow:hidden;'
          + 'background:#fff;';
        const canvasBox = document.createElement('div');
        canvasBox.className = 'atlas-agency-graph-canvas';
        canvasBox.style.cssText = 'position:absolute;inset:0;';
        const tooltip = document.createElement('div');
        tooltip.className = 'atlas-agency-graph-tooltip';
        tooltip.setAttribute('role', 'tooltip');
        tooltip.style.cssText = 'position:absolute;display:none;pointer-events:none;z-index:10;'
          + 'max-width:320px;padding:4px 8px;border-radius:4px;font-size:13px;line-height:1.3;'
          + 'background:rgba(30,30,30,0.92);color:#fff;box-shadow:0 2px 6px rgba(0,0,0,0.3);';
        stage.append(canvasBox, tooltip);
        const legend = document.createElement('div');
        legend.className = 'atlas-agency-graph-legend';
        legend.style.cssText = 'display:flex;flex-wrap:wrap;gap:4px 14px;font-size:13px;'
          + 'align-items:center;flex:0 0 auto;';
        el.append(stage, legend);

        const nodeStyles = KINDS.concat([OTHER_KIND]).map(([kind, , colour]) => ({
          selector: 'node[kind = "' + kind + '"]',
          style: { 'background-color': colour }
        }));
        const edgeStyles = TYPES.concat([OTHER_TYPE]).map(([type, , colour, line, arrow]) => ({
          selector: 'edge[type = "' + type + '"]',
          style: {
            'line-color': colour, 'target-arrow-color': colour, 'line-style': line,
            'target-arrow-shape': arrow
          }
        }));
        const cy = cytoscape({
          container: canvasBox,
          elements: [],
          minZoom: 0.1,
          maxZoom: 4,
          wheelSensitivity: 0.3,
          boxSelectionEnabled: false,
          autoungrabify: false,
          style: [
            {
              selector: 'node',
              style: {
                'width': 'mapData(degree, 1, 16, 12, 34)',
                'height': 'mapData(degree, 1, 16, 12, 34)',
                'border-width': 1,
                'border-color': '#ffffff',
                'label': 'data(label)',
                'font-size': 10,
                'min-zoomed-font-size': 16,
                'text-valign': 'bottom',
                'text-margin-y': 2,
                'text-wrap': 'wrap',
                'text-max-width': 180,
                'color': '#241f31',
                'text-outline-color': '#ffffff',
                'text-outline-width': 2,
                'text-outline-opacity': 0.85
              }
            }
          ].concat(nodeStyles).concat([
            {
              selector: 'node.hub',
              style: { 'min-zoomed-font-size': 0, 'font-size': 17, 'z-index': 10 }
            },
            { selector: 'node[kind = "FUNDER"]', style: { 'border-color': '#8a7a00' } },
            {
              selector: 'node[kind = "PRISON"]',
              style: { 'shape': 'round-rectangle', 'width': 30, 'height': 20, 'font-size': 13,
                'font-size': 17, 'font-weight': 'bold', 'min-zoomed-font-size': 0 }
            },
            {
              selector: 'edge',
              style: {
                'width': 1.2,
                'opacity': 0.45,
                'curve-style': 'bezier',
                'arrow-scale': 0.7,
                'line-color': '#77767b'
              }
            }
          ]).concat(edgeStyles).concat([
            { selector: '.faded', style: { 'opacity': 0.12, 'text-opacity': 0 } },
            { selector: 'edge.faded', style: { 'opacity': 0.05 } },
            { selector: 'node.neighbour', style: { 'min-zoomed-font-size': 0 } },
            { selector: 'edge.neighbour', style: { 'opacity': 0.9, 'width': 2 } },
            {
              selector: 'node.chosen',
              style: { 'border-width': 4, 'border-color': '#241f31', 'min-zoomed-font-size': 0,
                'z-index': 20 }
            },
            { selector: 'edge.hovered', style: { 'opacity': 1, 'width': 3, 'z-index': 30 } }
          ])
        });

        // Stable starting positions from the ids: the same graph gives the same picture every time.
        const hash = (text) => {
          let h = 2166136261;
          for (let i = 0; i < text.length; i++) {
            h ^= text.charCodeAt(i);
            h = Math.imul(h, 16777619);
          }
          return h >>> 0;
        };
        let chosenId = null;
        let userMoved = false;
        let moving = false;
        const sized = () => canvasBox.clientWidth > 0 && canvasBox.clientHeight > 0;
        const showView = () => {
          if (!sized()) { return; }
          moving = true;
          try {
            cy.resize();
            const chosen = chosenId == null ? cy.collection() : cy.getElementById(chosenId);
            if (chosen.nonempty()) {
              cy.zoom({ level: Math.max(cy.zoom(), 1.2), renderedPosition: chosen.renderedPosition() });
              cy.center(chosen);
            } else {
              cy.fit(undefined, 24);
            }
          } finally {
            moving = false;
          }
        };
        cy.on('viewport', () => { if (!moving) { userMoved = true; } });
        // Labels that always show (prisons, hubs) stay at least 12px high however far out the
        // view is zoomed.
        let labelSize = 17;
        let labelFrame = 0;
        const scaleLabels = (force) => {
          const size = Math.max(17, 12 / cy.zoom());
          if (!force && Math.abs(size - labelSize) < 0.5) { return; }
          labelSize = size;
          cy.batch(() => {
            cy.nodes().removeStyle('font-size text-max-width');
            cy.nodes('.hub, [kind = "PRISON"]').style({
              'font-size': size, 'text-max-width': Math.round(size * 180 / 17)
            });
            // The neighbours of a highlighted node: smaller, but still readable.
            const small = Math.max(10, 11 / cy.zoom());
            cy.nodes('.neighbour').not('.hub, [kind = "PRISON"]').style({
              'font-size': small, 'text-max-width': Math.round(small * 18)
            });
          });
        };
        cy.on('zoom', () => {
          if (labelFrame) { return; }
          labelFrame = requestAnimationFrame(() => { labelFrame = 0; scaleLabels(false); });
        });
        // Where cose put the linked nodes; shapeToBox() fits that shape to the box.
        let base = new Map();
        // Force layouts come out round: a wide box is better used stretched somewhat. Nodes
        // without any relationship are lined up under the rest.
        const shapeToBox = () => {
          const boxAspect = sized() ? canvasBox.clientWidth / canvasBox.clientHeight : 1.6;
          const linked = cy.nodes().filter((n) => base.has(n.id()));
          const alone = cy.nodes().filter((n) => !base.has(n.id()));
          const bb = { x1: 0, x2: 0, y1: 0, y2: 0, w: 0, h: 0 };
          if (linked.nonempty()) {
            Object.assign(bb, { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity });
            for (const p of base.values()) {
              bb.x1 = Math.min(bb.x1, p.x); bb.x2 = Math.max(bb.x2, p.x);
              bb.y1 = Math.min(bb.y1, p.y); bb.y2 = Math.max(bb.y2, p.y);
            }
            bb.w = bb.x2 - bb.x1;
            bb.h = bb.y2 - bb.y1;
            const stretch = linked.length > 2 && bb.h > 0
              ? Math.min(2.2, Math.max(1, boxAspect / Math.max(0.1, bb.w / bb.h))) : 1;
            const middle = (bb.x1 + bb.x2) / 2;
            linked.positions((n) => {
              const p = base.get(n.id());
              return { x: middle + (p.x - middle) * stretch, y: p.y };
            });
            bb.x1 = middle - (middle - bb.x1) * stretch;
            bb.w = bb.w * stretch;
          }
          if (alone.nonempty()) {
            const step = 40;
            const perRow = Math.max(1, Math.floor(Math.max(bb.w, step * 10) / step));
            alone.positions((n, i) => ({
              x: bb.x1 + (i % perRow) * step, y: bb.y2 + 50 + Math.floor(i / perRow) * step
            }));
          }
        };
        let shapedFor = null;
        const observer = new ResizeObserver(() => {
          if (!sized()) { return; }
          cy.resize();
          if (userMoved) { return; }
          // Until the user moves the view, the picture follows the box's shape.
          const aspect = Math.round(10 * canvasBox.clientWidth / canvasBox.clientHeight);
          if (aspect !== shapedFor) { shapedFor = aspect; shapeToBox(); }
          showView();
        });
        observer.observe(canvasBox);

        const highlight = (id) => {
          cy.batch(() => {
            cy.elements().removeClass('faded neighbour chosen');
            const node = id == null ? cy.collection() : cy.getElementById(id);
            if (node.empty()) { return; }
            const hood = node.closedNeighborhood();
            cy.elements().not(hood).addClass('faded');
            hood.addClass('neighbour');
            node.addClass('chosen');
          });
          scaleLabels(true);
        };

        const hideTooltip = () => { tooltip.style.display = 'none'; };
        const showTooltip = (text, x, y) => {
          tooltip.textContent = text;
          tooltip.style.display = 'block';
          const maxX = stage.clientWidth - tooltip.offsetWidth - 4;
          const maxY = stage.clientHeight - tooltip.offsetHeight - 4;
          tooltip.style.left = Math.max(4, Math.min(x + 12, maxX)) + 'px';
          tooltip.style.top = Math.max(4, Math.min(y + 12, maxY)) + 'px';
        };
        cy.on('mouseover', 'edge', (e) => {
          e.target.addClass('hovered');
          showTooltip(e.target.data('label'), e.renderedPosition.x, e.renderedPosition.y);
        });
        cy.on('mousemove', 'edge', (e) => {
          showTooltip(e.target.data('label'), e.renderedPosition.x, e.renderedPosition.y);
        });
        cy.on('mouseout', 'edge', (e) => { e.target.removeClass('hovered'); hideTooltip(); });
        cy.on('mouseover', 'node', (e) => {
          showTooltip(e.target.data('label'), e.renderedPosition.x, e.renderedPosition.y);
          canvasBox.style.cursor = 'pointer';
        });
        cy.on('mouseout', 'node', () => { hideTooltip(); canvasBox.style.cursor = ''; });
        cy.on('viewport', hideTooltip);
        // Cytoscape sends no mouseout when the pointer leaves the canvas straight from an element.
        canvasBox.addEventListener('mouseleave', () => {
          cy.edges('.hovered').removeClass('hovered');
          hideTooltip();
          canvasBox.style.cursor = '';
        });
        cy.on('tap', 'node', (e) => {
          const id = e.target.id();
          chosenId = id;
          highlight(id);
          el.dispatchEvent(new CustomEvent('atlas-graph-node-click', { detail: { id: String(id) } }));
        });
        cy.on('tap', (e) => {
          if (e.target === cy) { chosenId = null; highlight(null); }
        });

        const legendItem = (swatch, text) => {
          const item = document.createElement('span');
          item.className = 'atlas-agency-graph-legend-item';
          item.style.cssText = 'display:inline-flex;align-items:center;gap:5px;white-space:nowrap;';
          const label = document.createElement('span');
          label.textContent = text;
          item.append(swatch, label);
          return item;
        };
        const buildLegend = (kinds, types) => {
          legend.replaceChildren();
          for (const [, name, colour] of kinds) {
            const swatch = document.createElement('span');
            const prison = name === 'Prison';
            swatch.style.cssText = 'display:inline-block;border:1px solid rgba(0,0,0,0.25);'
              + 'width:' + (prison ? 16 : 11) + 'px;height:11px;'
              + 'border-radius:' + (prison ? '3px' : '50%') + ';background:' + colour + ';';
            legend.appendChild(legendItem(swatch, name));
          }
          for (const [, name, colour, line, arrow] of types) {
            const swatch = document.createElement('span');
            swatch.style.cssText = 'display:inline-block;width:22px;height:0;'
              + 'border-top:2px ' + line + ' ' + colour + ';';
            legend.appendChild(legendItem(swatch, arrow === 'none' ? name : name + ' →'));
          }
        };

        el.atlasGraph = {
          setGraph(graph) {
            const degree = new Map();
            for (const n of graph.nodes) { degree.set(n.id, 0); }
            const edges = graph.edges.filter((e) => degree.has(e.source) && degree.has(e.target));
            for (const e of edges) {
              degree.set(e.source, degree.get(e.source) + 1);
              degree.set(e.target, degree.get(e.target) + 1);
            }
            // Start spread in the shape of the box, so the layout fills it.
            const spread = 40 * Math.sqrt(graph.nodes.length + 1);
            const aspect = sized()
              ? Math.min(3, Math.max(0.5, canvasBox.clientWidth / canvasBox.clientHeight)) : 1.6;
            const elements = graph.nodes.map((n) => {
              const h = hash(String(n.id));
              return {
                group: 'nodes',
                data: { id: String(n.id), label: String(n.label), kind: kindOf(n.kind)[0],
                  degree: degree.get(n.id) },
                position: { x: ((h & 0xffff) / 0xffff - 0.5) * spread * Math.sqrt(aspect),
                  y: ((h >>> 16) / 0xffff - 0.5) * spread / Math.sqrt(aspect) }
              };
            }).concat(edges.map((e) => ({
              group: 'edges',
              data: { id: String(e.id), source: String(e.source), target: String(e.target),
                type: typeOf(e.type)[0], label: String(e.label) }
            })));
            hideTooltip();
            cy.batch(() => {
              cy.elements().remove();
              cy.add(elements);
            });
            // Labels always shown for prisons and the best-connected agencies (hubs: at most 15,
            // with 6 or more relationships); the others show theirs when zoomed in.
            cy.nodes().filter((n) => n.data('degree') >= 6)
              .sort((a, b) => b.data('degree') - a.data('degree') || (a.id() < b.id() ? -1 : 1))
              .slice(0, 15).addClass('hub');
            // cose: force-directed, built in, no extension. Not animated, and cooled fast enough
            // (about 200 rounds) to lay out 250 nodes in under a second. Nodes without any
            // relationship are left out of it and lined up under the rest.
            const linked = cy.nodes().filter((n) => n.data('degree') > 0);
            const layoutStarted = performance.now();
            if (linked.nonempty()) {
              linked.union(cy.edges()).layout({
                name: 'cose',
                animate: false,
                randomize: false,
                fit: false,
                nodeDimensionsIncludeLabels: false,
                nodeRepulsion: () => 4500,
                nodeOverlap: 8,
                idealEdgeLength: () => 24,
                edgeElasticity: () => 48,
                gravity: 1.5,
                componentSpacing: 60,
                numIter: 400,
                initialTemp: 400,
                coolingFactor: 0.97,
                minTemp: 1.0
              }).run();
            }
            const layoutMs = Math.round(performance.now() - layoutStarted);
            base = new Map(linked.map((n) => [n.id(), { x: n.position('x'), y: n.position('y') }]));
            shapedFor = sized()
              ? Math.round(10 * canvasBox.clientWidth / canvasBox.clientHeight) : null;
            shapeToBox();
            userMoved = false;
            if (chosenId != null && cy.getElementById(chosenId).empty()) { chosenId = null; }
            highlight(chosenId);
            showView();
            scaleLabels(true);
            const kinds = KINDS.concat([OTHER_KIND])
              .filter(([k]) => cy.nodes('[kind = "' + k + '"]').nonempty());
            const types = TYPES.concat([OTHER_TYPE])
              .filter(([t]) => cy.edges('[type = "' + t + '"]').nonempty());
            buildLegend(kinds, types);
            el.setAttribute('data-layout-ms', String(layoutMs));
            el.setAttribute('data-node-count', String(cy.nodes().length));
            el.setAttribute('data-edge-count', String(cy.edges().length));
          },
          select(id) {
            chosenId = id ? String(id) : null;
            highlight(chosenId);
            userMoved = false;
            showView();
          },
          fit() {
            userMoved = false;
            moving = true;
            try { cy.resize(); cy.fit(undefined, 24); } finally { moving = false; }
          },
          destroy() {
            observer.disconnect();
            cancelAnimationFrame(labelFrame);
            cy.destroy();
          }
        };
        el.cy = cy;
      } catch (e) {
        console.error('The agency map could not start', e);
        el.atlasGraph = null;
        unavailable();
      }
      """;
}
