/* dossier-preview.js: a preview of an entity or source page when the pointer rests on a link to it.
 *
 * Only links to this site's own entity and source pages get one. The page is fetched from the site
 * (same origin, never another host), parsed with DOMParser (which runs no script), and its heading
 * and first paragraphs (or, for a link to a paragraph, "#L23", that paragraph) are copied into a
 * box. The copied nodes are the site's own HTML, whose text Dossier escaped when it built the page.
 * Nothing happens on a tap (a touch pointer), or where fetch cannot read the site (a page opened from
 * file://): the link works as before.
 *
 * For tests: the box is div.dossier-preview; it carries data-for="<the link's href>".
 */
(function () {
  "use strict";

  var DELAY = 250; // ms the pointer rests on a link before its preview is fetched
  var PARAGRAPHS = 2; // paragraphs shown from the top of a page
  var cache = {}; // page url -> promise of its parsed document
  var box = null;
  var timer = null;

  function wanted(a) {
    if (!a.href || a.closest(".dossier-preview") || a.closest(".md-nav") || a.closest(".md-header")) return false;
    var url;
    try {
      url = new URL(a.href, document.baseURI);
    } catch (e) {
      return false;
    }
    if (url.origin !== window.location.origin || !/^https?:$/.test(url.protocol)) return false;
    if (url.pathname === window.location.pathname) return false;
    return /\/(entities|sources)\/[^/]+(\/|\.html)$/.test(url.pathname) && !/\/index\.html$/.test(url.pathname);
  }

  function page(url) {
    var key = url.split("#")[0];
    if (!cache[key]) {
      cache[key] = fetch(key, { credentials: "same-origin" })
        .then(function (r) {
          if (!r.ok) throw new Error("HTTP " + r.status);
          return r.text();
        })
        .then(function (text) {
          return new DOMParser().parseFromString(text, "text/html");
        });
    }
    return cache[key];
  }

  function content(doc, hash) {
    var article = doc.querySelector("article") || doc.body;
    var parts = [];
    var h1 = article.querySelector("h1");
    if (h1) parts.push(h1);
    var target = hash ? article.querySelector('[id="' + CSS.escape(hash) + '"]') : null;
    if (target) {
      parts.push(target);
    } else {
      article.querySelectorAll(":scope > p").forEach(function (p, i) {
        if (i < PARAGRAPHS) parts.push(p);
      });
    }
    return parts.map(function (node) {
      var copy = document.importNode(node, true);
      copy.removeAttribute("id");
      copy.querySelectorAll("[id]").forEach(function (n) { n.removeAttribute("id"); });
      copy.querySelectorAll("a.headerlink, script").forEach(function (n) { n.remove(); });
      return copy;
    });
  }

  function hide() {
    clearTimeout(timer);
    if (box) box.remove();
    box = null;
  }

  // A link's fragment as the id it names; a malformed escape ("%E0%A4%A") is taken as written.
  function anchor(hash) {
    try { return decodeURIComponent(hash); } catch (e) { return hash; }
  }

  function show(a) {
    var href = a.href;
    var hash = new URL(href).hash.slice(1);
    page(href).then(
      function (doc) {
        if (document.activeElement !== a && !a.matches(":hover")) return; // the pointer moved on
        hide();
        box = document.createElement("div");
        box.className = "dossier-preview md-typeset";
        box.dataset.for = href;
        box.setAttribute("role", "tooltip");
        content(doc, anchor(hash)).forEach(function (n) { box.appendChild(n); });
        document.body.appendChild(box);
        var r = a.getBoundingClientRect();
        var left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - box.offsetWidth - 8);
        var top = window.scrollY + r.bottom + 6;
        if (r.bottom + box.offsetHeight + 12 > window.innerHeight && r.top > box.offsetHeight + 12) {
          top = window.scrollY + r.top - box.offsetHeight - 6;
        }
        box.style.left = Math.max(window.scrollX + 4, left) + "px";
        box.style.top = top + "px";
      },
      function () {} // no preview: the link still works
    );
  }

  if (!/^https?:$/.test(window.location.protocol) || typeof fetch !== "function") return;

  // Pointer events tell a mouse from a finger: a tap opens the link, with no preview first.
  document.addEventListener("pointerover", function (e) {
    if (e.pointerType !== "mouse") return;
    var a = e.target.closest && e.target.closest("a");
    if (!a || !wanted(a)) return;
    clearTimeout(timer);
    timer = setTimeout(function () { show(a); }, DELAY);
  });
  document.addEventListener("pointerout", function (e) {
    var a = e.target.closest && e.target.closest("a");
    if (a && !(e.relatedTarget && a.contains(e.relatedTarget))) hide();
  });
  document.addEventListener("focusin", function (e) {
    if (e.target.matches && e.target.matches("a") && wanted(e.target)) show(e.target);
  });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
})();
