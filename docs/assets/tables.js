/* Sortable, filterable tables, offline: click a column heading to sort, type to filter rows.
   Plain script, no library; runs on every page load (and on Material's instant navigation). */
(function () {
  "use strict";
  var MIN_ROWS = 8;  // a shorter table is read at a glance: a filter box would only crowd it
  var DATE = /^(\d{4}-\d{2}(-\d{2})?|undated)( \(recalled\))?$/;

  function cellValue(row, index) {
    var cell = row.cells[index];
    return cell ? cell.textContent.trim() : "";
  }

  function compare(a, b) {
    var na = parseFloat(a), nb = parseFloat(b);
    var numeric = /^-?\d+(\.\d+)?$/;
    if (numeric.test(a) && numeric.test(b)) { return na - nb; }
    return a.localeCompare(b, undefined, {numeric: true, sensitivity: "base"});
  }

  function makeSortable(table) {
    var head = table.tHead;
    if (!head || !head.rows.length) { return; }
    // A cell spanning rows (one evidence sentence for several fields) would not follow its rows.
    if (table.querySelector("td[rowspan]")) { return; }
    Array.prototype.forEach.call(head.rows[0].cells, function (th, index) {
      th.classList.add("sortable");
      th.setAttribute("title", "Sort by this column");
      th.addEventListener("click", function () {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(head.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        rows.sort(function (r1, r2) {
          var order = compare(cellValue(r1, index), cellValue(r2, index));
          return ascending ? order : -order;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  function makeFilterable(table) {
    var body = table.tBodies[0];
    if (!body || body.rows.length < MIN_ROWS) { return; }
    var input = document.createElement("input");
    input.type = "search";
    input.className = "table-filter";
    input.placeholder = "Filter rows (name, date, place)…";
    input.setAttribute("aria-label", "Filter table rows");
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      Array.prototype.forEach.call(body.rows, function (row) {
        var text = row.textContent.toLowerCase();
        row.hidden = !words.every(function (w) { return text.indexOf(w) !== -1; });
      });
    });
    // Right above the table, outside the theme's scrolling wrapper (whose negative margin would
    // push the box out of line with the table) and never beside the page's other content.
    var holder = table.closest(".md-typeset__scrollwrap") || table.closest(".md-typeset__table") || table;
    holder.parentNode.insertBefore(input, holder);
  }

  function markDates(table) {
    // A date breaks at its hyphens: cells that hold only a date are kept on one line.
    Array.prototype.forEach.call(table.querySelectorAll("td"), function (cell) {
      if (DATE.test(cell.textContent.trim())) { cell.classList.add("date"); }
    });
  }

  function enhance() {
    document.querySelectorAll(".md-typeset table:not([data-enhanced])").forEach(function (table) {
      table.setAttribute("data-enhanced", "");  // not a class: Material styles only class-less tables
      makeSortable(table);
      makeFilterable(table);
      markDates(table);
    });
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(enhance);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhance);
  } else {
    enhance();
  }
})();
