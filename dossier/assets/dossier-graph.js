/* dossier-graph.js: draws Dossier's graph view.
 * Expects cytoscape.js 3.34.x (vendored beside this file as cytoscape.min.js, MIT, see
 * cytoscape.LICENSE; npm cytoscape@3.34.4). This small script is on every page; the library is
 * loaded from beside it only on a page that has a graph, so other pages do not download it.
 *
 * Markup: <div class="dossier-graph" data-src="graph.json"></div>, optionally followed by
 * <script type="application/json" class="dossier-graph-data">{...}</script> holding the same JSON:
 * then nothing is fetched, which is what makes the graph draw on a page opened from file://.
 * data-src is resolved against the page's URL; node urls in the JSON against the JSON's own URL.
 *
 * Only the strongest links are drawn at first: each node's strongest, then the strongest others up
 * to STRONGEST_SHOWN in all; a slider above the drawing widens it to every link in the JSON. Labels keep a readable size at any zoom;
 * a node is labelled where its name overlaps no larger node's, and on a narrow screen only the
 * largest are (tap or zoom in to read the others).
 * JSON: {"nodes": [{id, label, type, sources, url}], "edges": [{source, target, weight}], "omitted": {...}}.
 *
 * For tests, once drawn: div._cy is the cytoscape instance, div.dataset.graphState is "ready"
 * (or "error"), div.dataset.graphNodes / graphEdges hold the counts drawn (graphShown: the links
 * shown now), and the div fires a
 * "dossier-graph:ready" event. Loading shows "loading".
 *
 * Names come from scraped text: every piece of text goes through cytoscape's data/label (drawn on a
 * canvas) or textContent, never innerHTML.
 */
(function () {
  "use strict";

  var EXPECTED_MAJOR = 3;
  // Links drawn before the reader widens the drawing: about one per node reads as a structure.
  var STRONGEST_SHOWN = 60;
  // On a screen narrower than this, only the LABELLED largest nodes carry their name.
  var NARROW = 600;
  var LABELLED = 15;
  var FONT = 11; // px on screen, whatever the zoom
  var FAMILY = "Helvetica, Arial, sans-serif"; // the labels' font, also the one they are measured in
  // Room kept clear around a label (px on screen): names closer than this read as one line. Chosen
  // by eye on the seeds' drawing at 1,400 px.
  var LABEL_GAP = 3;
  var LABEL_MARGIN = 3; // between a node and its label, in the drawing's units
  // Where a label may sit, in the order tried: under its node, over it, to its right, to its left
  // (x, y: the side it sits on).
  var PLACES = [
    { valign: "bottom", halign: "center", x: 0, y: 1 },
    { valign: "top", halign: "center", x: 0, y: -1 },
    { valign: "center", halign: "right", x: 1, y: 0 },
    { valign: "center", halign: "left", x: -1, y: 0 },
  ];
  // How far a reader may zoom out; a drawing that needs more to fit its box (a phone's, or many
  // entities) lowers it to the zoom that shows it whole. FIT_FLOOR bounds that fit.
  var MIN_ZOOM = 0.2;
  var FIT_FLOOR = 0.01;
  // Colour-blind-safe (Okabe-Ito) hues; "other" is also what an unknown type falls back to.
  var COLOURS = {
    person: "#0072B2",
    organization: "#E69F00",
    place: "#009E73",
    event: "#CC79A7",
    other: "#999999",
    outlet: "#D55E00",
  };
  // Where this script was loaded from: the library sits beside it.
  var LIBRARY = document.currentScript ? new URL("cytoscape.min.js", document.currentScript.src).href : null;
  var loading = null; // the promise of the library's script, loaded once
  var live = []; // drawn instances, destroyed once instant navigation has removed their div

  function typeOf(node) {
    return Object.prototype.hasOwnProperty.call(COLOURS, node.type) ? node.type : "other";
  }

  function fail(div, message) {
    div.dataset.graphState = "error";
    div.textContent = message;
  }

  // Only follow links that stay web links: a url is data from the build, but never run a javascript: one.
  function safeHref(url, base) {
    if (typeof url !== "string" || url === "") return null;
    try {
      var href = new URL(url, base);
    } catch (e) {
      return null;
    }
    return /^(https?|file):$/.test(href.protocol) ? href.href : null;
  }

  function elements(data, base) {
    var nodes = data.nodes || [];
    var edges = data.edges || [];
    var maxSources = 1;
    var maxWeight = 1;
    nodes.forEach(function (n) { maxSources = Math.max(maxSources, n.sources || 0); });
    edges.forEach(function (e) { maxWeight = Math.max(maxWeight, e.weight || 0); });
    var ids = {};
    var out = [];
    nodes.forEach(function (n) {
      ids[n.id] = true;
      out.push({
        group: "nodes",
        data: {
          id: String(n.id),
          label: String(n.label),
          shownLabel: String(n.label),
          valign: PLACES[0].valign,
          halign: PLACES[0].halign,
          marginX: PLACES[0].x * LABEL_MARGIN,
          marginY: PLACES[0].y * LABEL_MARGIN,
          type: typeOf(n),
          sources: n.sources || 0,
          href: safeHref(n.url, base),
          // Area, not diameter, follows the number of sources, so big nodes do not swamp the drawing.
          size: 14 + 46 * Math.sqrt((n.sources || 0) / maxSources),
        },
      });
    });
    edges.forEach(function (e) {
      if (!ids[e.source] || !ids[e.target]) return; // a dangling edge would make cytoscape throw
      out.push({
        group: "edges",
        data: {
          source: String(e.source),
          target: String(e.target),
          weight: e.weight,
          width: 0.5 + 7.5 * (e.weight / maxWeight),
        },
      });
    });
    return out;
  }

  function style() {
    var rules = [
      {
        selector: "node",
        style: {
          width: "data(size)",
          height: "data(size)",
          label: "data(shownLabel)",
          "font-size": FONT,
          "font-family": FAMILY,
          color: "#222",
          "text-valign": "data(valign)",
          "text-halign": "data(halign)",
          "text-margin-x": "data(marginX)",
          "text-margin-y": "data(marginY)",
          "text-outline-color": "#fff",
          "text-outline-width": 2,
          "min-zoomed-font-size": 0,
          "border-width": 1,
          "border-color": "#fff",
        },
      },
      { selector: "node[type = 'outlet']", style: { shape: "round-rectangle" } },
      {
        selector: "edge",
        style: { width: "data(width)", "line-color": "#9aa5b1", opacity: 0.55, "curve-style": "haystack" },
      },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#222" } },
      { selector: "edge.dossier-hidden", style: { display: "none" } },
    ];
    Object.keys(COLOURS).forEach(function (t) {
      rules.push({ selector: "node[type = '" + t + "']", style: { "background-color": COLOURS[t] } });
    });
    return rules;
  }

  function legend(div) {
    var box = document.createElement("p");
    box.className = "dossier-graph-legend";
    Object.keys(COLOURS).forEach(function (t) {
      var key = document.createElement("span");
      key.style.cssText = "display:inline-block;margin-right:1em;font-size:0.8em";
      var dot = document.createElement("span");
      dot.style.cssText =
        "display:inline-block;width:0.8em;height:0.8em;margin-right:0.3em;vertical-align:middle;" +
        "border-radius:" + (t === "outlet" ? "2px" : "50%") + ";background:" + COLOURS[t];
      key.appendChild(dot);
      key.appendChild(document.createTextNode(t));
      box.appendChild(key);
    });
    div.insertAdjacentElement("afterend", box);
  }

  // Which nodes carry their name, and where: all, or on a narrow screen the LABELLED largest (a
  // selected one too). Once the nodes are placed (`spaced`), the largest first, each label takes
  // the first of PLACES where it overlaps no label already placed, or is left out, so that no two
  // names are drawn over each other; zooming in makes room, and more names appear. The layout and
  // the fit run with every candidate's label under its node, so each has room kept for it and none
  // runs out of the box.
  function labelNodes(cy, div, spaced) {
    var narrow = div.clientWidth < NARROW;
    var zoom = cy.zoom();
    var inside = { x1: 0, y1: 0, x2: div.clientWidth, y2: div.clientHeight };
    var placed = [];
    var ranked = cy.nodes().sort(function (a, b) {
      return (b.selected() - a.selected()) || (b.data("sources") - a.data("sources"));
    });
    ranked.forEach(function (n, i) {
      var free = -1;
      if (!narrow || i < LABELLED || n.selected()) {
        var boxes = PLACES.map(function (p) { return labelBox(n, p, zoom); });
        free = !spaced ? 0 : boxes.findIndex(function (box) {
          return within(box, inside) && !placed.some(function (q) { return overlap(q, box); });
        });
        if (free < 0 && n.selected()) free = 0; // the reader asked for this one
        if (free >= 0) placed.push(boxes[free]);
      }
      var place = PLACES[Math.max(free, 0)];
      n.data({
        shownLabel: free >= 0 ? n.data("label") : "",
        valign: place.valign,
        halign: place.halign,
        marginX: place.x * LABEL_MARGIN,
        marginY: place.y * LABEL_MARGIN,
      });
    });
  }

  // The box a node's label takes on screen at one of PLACES, with LABEL_GAP around it.
  function labelBox(n, place, zoom) {
    var at = n.renderedPosition();
    var w = textWidth(n.data("label"));
    var h = 1.25 * FONT;
    var reach = (n.data("size") / 2 + LABEL_MARGIN) * zoom; // from the node's centre to its label
    var x = at.x + place.x * (reach + w / 2);
    var y = at.y + place.y * (reach + h / 2);
    return { x1: x - w / 2 - LABEL_GAP, x2: x + w / 2 + LABEL_GAP, y1: y - h / 2 - LABEL_GAP, y2: y + h / 2 + LABEL_GAP };
  }

  function within(a, b) {
    return a.x1 >= b.x1 && a.x2 <= b.x2 && a.y1 >= b.y1 && a.y2 <= b.y2;
  }

  function overlap(a, b) {
    return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  }

  var measure = null; // a canvas's context, to measure labels in the font they are drawn in
  function textWidth(text) {
    if (!measure) {
      measure = document.createElement("canvas").getContext("2d");
      measure.font = FONT + "px " + FAMILY;
    }
    return measure.measureText(text).width;
  }

  // Keep labels FONT px high on screen (cytoscape scales them with the zoom).
  function fontToZoom(cy) {
    var size = Math.max(4, Math.min(FONT / cy.zoom(), 96));
    cy.style().selector("node").style({ "font-size": size, "text-outline-width": size / 5.5 }).update();
  }

  function runLayout(cy, done) {
    labelNodes(cy, cy.container(), false); // every candidate's label takes room in the layout
    var shown = cy.elements().not(cy.edges(".dossier-hidden"));
    cy.layout({
      name: "concentric",
      concentric: function (n) { return n.data("sources"); },
      levelWidth: function () { return 1; },
      minNodeSpacing: 20,
      animate: false,
    }).run();
    var layout = shown.layout({
      name: "cose",
      randomize: false,
      animate: false,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: function () { return 80; },
      nodeRepulsion: function () { return 8000; },
      numIter: 1000,
      padding: 20,
    });
    layout.one("layoutstop", function () {
      // At MIN_ZOOM a wide drawing in a phone's box ran off its top and bottom, cut off.
      cy.minZoom(FIT_FLOOR);
      cy.fit(undefined, 20);
      cy.minZoom(Math.min(MIN_ZOOM, cy.zoom()));
      fontToZoom(cy);
      labelNodes(cy, cy.container(), true);
      if (done) done();
    });
    layout.run();
  }

  // Show each node's strongest link, so that no node floats alone, then the strongest others up
  // to `count` in all (the JSON lists links strongest first); hide the rest.
  function showStrongest(cy, div, count) {
    var tied = {};
    var shown = {};
    var n = 0;
    cy.edges().forEach(function (e) {
      var a = e.data("source");
      var b = e.data("target");
      if (!tied[a] || !tied[b]) {
        shown[e.id()] = true;
        tied[a] = tied[b] = true;
        n += 1;
      }
    });
    cy.edges().forEach(function (e) {
      if (n < count && !shown[e.id()]) {
        shown[e.id()] = true;
        n += 1;
      }
      if (shown[e.id()]) e.removeClass("dossier-hidden");
      else e.addClass("dossier-hidden");
    });
    div.dataset.graphShown = String(n);
    return n;
  }

  function control(div, cy, shown) {
    var total = cy.edges().length;
    var p = document.createElement("p");
    p.className = "dossier-graph-control";
    if (total <= shown) {
      p.textContent = "All " + total + " links are drawn.";
      div.insertAdjacentElement("beforebegin", p);
      return;
    }
    var label = document.createElement("label");
    var text = document.createElement("span");
    var input = document.createElement("input");
    input.type = "range";
    input.min = String(shown);
    input.max = String(total);
    input.step = "1";
    input.value = String(shown);
    input.className = "dossier-graph-links";
    function say() {
      text.textContent = "Drawn now: the strongest " + input.value + " of these " + total + " links ";
    }
    say();
    input.addEventListener("input", say);
    input.addEventListener("change", function () {
      showStrongest(cy, div, parseInt(input.value, 10));
      runLayout(cy);
    });
    label.appendChild(text);
    label.appendChild(input);
    p.appendChild(label);
    div.insertAdjacentElement("beforebegin", p);
  }

  function draw(div, data, base) {
    if (!div.clientHeight) div.style.height = "600px"; // cytoscape draws nothing in a zero-height box
    var cy = cytoscape({
      container: div,
      elements: elements(data, base),
      style: style(),
      layout: { name: "preset" },
      minZoom: MIN_ZOOM,
      maxZoom: 4,
    });
    div._cy = cy;
    live.push(cy);
    div.setAttribute("role", "img");
    div.setAttribute(
      "aria-label",
      "Network of " + cy.nodes().length + " entities and outlets; " + cy.edges().length + " links."
    );
    cy.on("tap", "node", function (evt) {
      var href = evt.target.data("href");
      if (href) window.location.assign(href);
    });
    // Canvas nodes have no CSS cursor of their own: show the hand on the container instead.
    cy.on("mouseover", "node[href]", function () { div.style.cursor = "pointer"; });
    cy.on("mouseout", "node", function () { div.style.cursor = ""; });
    // Deterministic: concentric rings by sources give distinct start positions (cose only
    // draws random numbers for nodes that sit on the same spot), then cose refines them without
    // randomizing. Same JSON, same picture.
    cy.on("select unselect", "node", function () { labelNodes(cy, div, true); });
    var relabel = null; // one relabelling per frame while the reader zooms
    cy.on("zoom", function () {
      fontToZoom(cy);
      if (relabel === null) {
        relabel = window.requestAnimationFrame(function () {
          relabel = null;
          labelNodes(cy, div, true);
        });
      }
    });
    control(div, cy, showStrongest(cy, div, STRONGEST_SHOWN));
    runLayout(cy, function () {
      div.dataset.graphNodes = String(cy.nodes().length);
      div.dataset.graphEdges = String(cy.edges().length);
      div.dataset.graphState = "ready";
      div.dispatchEvent(new CustomEvent("dossier-graph:ready", { bubbles: true, detail: { cy: cy } }));
    });
  }

  function library() {
    if (typeof cytoscape === "function") return Promise.resolve();
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        if (!LIBRARY) return reject(new Error("no script url"));
        var script = document.createElement("script");
        script.src = LIBRARY;
        script.onload = resolve;
        script.onerror = function () {
          reject(new Error("could not load " + LIBRARY));
        };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function init(div) {
    if (div.dataset.graphState) return; // already drawn or loading
    div.dataset.graphState = "loading";
    library().then(
      function () {
        start(div);
      },
      function () {
        fail(div, "The graph library did not load.");
      }
    );
  }

  function start(div) {
    if (typeof cytoscape !== "function") return fail(div, "The graph library did not load.");
    var major = parseInt(String(cytoscape.version || "").split(".")[0], 10);
    if (major !== EXPECTED_MAJOR && window.console) {
      console.warn("dossier-graph expects cytoscape " + EXPECTED_MAJOR + ".x, found " + cytoscape.version);
    }
    var src = new URL(div.dataset.src, document.baseURI);
    var inline = div.nextElementSibling;
    if (inline && inline.matches("script.dossier-graph-data")) {
      try {
        var data = JSON.parse(inline.textContent);
      } catch (err) {
        return fail(div, "The graph could not be drawn (" + err.message + ").");
      }
      draw(div, data, src.href);
      legend(div);
      return;
    }
    fetch(src.href)
      .then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      })
      .then(function (data) {
        draw(div, data, src.href);
        legend(div);
      })
      .catch(function (err) {
        fail(div, "The graph could not be drawn (" + err.message + ").");
      });
  }

  function initAll() {
    live = live.filter(function (cy) {
      if (cy.container() && cy.container().isConnected) return true;
      cy.destroy(); // its page was swapped out by instant navigation
      return false;
    });
    document.querySelectorAll("div.dossier-graph[data-src]").forEach(init);
  }

  // mkdocs-material with navigation.instant swaps pages without a reload and announces each through
  // the document$ observable (which also replays the first page); without it, run once on load.
  if (typeof window.document$ !== "undefined" && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(initAll);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", initAll);
  } else {
    initAll();
  }
})();
