/* dossier-sort.js: sort a page's tables by a column, on a click on its heading.
 *
 * Only pages that carry the marker (an element of class "dossier-sortable", such as the entity
 * index's first paragraph) get it. A click on a heading sorts the rows of its table by that column,
 * numbers as numbers, text by its letters; a second click reverses the order. Rows are moved, never
 * rewritten: no text of the page becomes markup.
 *
 * For tests: a sorted heading carries aria-sort="ascending" or "descending".
 */
(function () {
  "use strict";

  function key(row, column) {
    var cell = row.cells[column];
    var text = cell ? cell.textContent.trim() : "";
    var number = Number(text.replace(/,/g, ""));
    return text !== "" && !isNaN(number) ? { n: number, t: "" } : { n: NaN, t: text.toLowerCase() };
  }

  function compare(a, b) {
    if (!isNaN(a.n) && !isNaN(b.n)) return a.n - b.n;
    if (!isNaN(a.n)) return -1;
    if (!isNaN(b.n)) return 1;
    return a.t < b.t ? -1 : a.t > b.t ? 1 : 0;
  }

  function sortBy(table, heading, column) {
    var body = table.tBodies[0];
    if (!body) return;
    var descending = heading.getAttribute("aria-sort") === "ascending";
    var rows = Array.prototype.slice.call(body.rows).map(function (row, i) {
      return { row: row, key: key(row, column), i: i };
    });
    rows.sort(function (a, b) {
      var order = compare(a.key, b.key) || a.i - b.i;
      return descending ? -order : order;
    });
    rows.forEach(function (r) {
      body.appendChild(r.row);
    });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      th.removeAttribute("aria-sort");
    });
    heading.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }

  function setUp() {
    if (!document.querySelector(".dossier-sortable")) return;
    Array.prototype.forEach.call(document.querySelectorAll(".md-content table"), function (table) {
      if (!table.tHead || !table.tHead.rows.length || table.dataset.dossierSortable) return;
      table.dataset.dossierSortable = "1";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
        th.style.cursor = "pointer";
        th.title = "Sort by this column";
        th.addEventListener("click", function () {
          sortBy(table, th, column);
        });
      });
    });
  }

  // Material's instant navigation swaps pages without a load: document$ tells of each new page.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
