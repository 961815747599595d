/* dossier-graph.js: draws Dossier's graph view.
 * Expects cytoscape.js 3.34.x (vendored beside this file as cytoscape.min.js, MIT, see
 * cytoscape.LICENSE; npm cytoscape@3.34.4). This small script is on every page; the library is
 * loaded from beside it only on a page that has a graph, so other pages do not download it.
 *
 * Markup: <div class="dossier-graph" data-src="graph.json"></div>. data-src is resolved against
 * the page's URL; node urls in the JSON are resolved against the JSON's own URL.
 * JSON: {"nodes": [{id, label, type, sources, url}], "edges": [{source, target, weight}], "omitted": {...}}.
 *
 * For tests, once drawn: div._cy is the cytoscape instance, div.dataset.graphState is "ready"
 * (or "error"), div.dataset.graphNodes / graphEdges hold the counts drawn, and the div fires a
 * "dossier-graph:ready" event. Loading shows "loading".
 *
 * Names come from scraped text: every piece of text goes through cytoscape's data/label (drawn on a
 * canvas) or textContent, never innerHTML.
 */
(function () {
  "use strict";

  var EXPECTED_MAJOR = 3;
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
          label: "data(label)",
          "font-size": 11,
          color: "#222",
          "text-valign": "bottom",
          "text-margin-y": 3,
          "text-outline-color": "#fff",
          "text-outline-width": 2,
          "min-zoomed-font-size": 7,
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

  function draw(div, data, base) {
    if (!div.clientHeight) div.style.height = "600px"; // cytoscape draws nothing in a zero-height box
    var cy = cytoscape({
      container: div,
      elements: elements(data, base),
      style: style(),
      layout: { name: "preset" },
      minZoom: 0.2,
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
    cy.layout({
      name: "concentric",
      concentric: function (n) { return n.data("sources"); },
      levelWidth: function () { return 1; },
      minNodeSpacing: 20,
      animate: false,
    }).run();
    var layout = cy.layout({
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
      div.dataset.graphNodes = String(cy.nodes().length);
      div.dataset.graphEdges = String(cy.edges().length);
      div.dataset.graphState = "ready";
      div.dispatchEvent(new CustomEvent("dossier-graph:ready", { bubbles: true, detail: { cy: cy } }));
    });
    layout.run();
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
