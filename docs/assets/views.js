/* The views (network, timeline, map) are complete without this script: inline SVG whose marks
   are links. It adds zoom and pan, the network's hover highlight and its year and country filters,
   and the timeline's choice of rows. Plain script, no library, nothing fetched. */
(function () {
  "use strict";

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  function zoomable(kind) {
    var tools = document.querySelector('.view-tools[data-for="' + kind + '"]');
    var svgs = document.querySelectorAll('svg.view[data-view="' + kind + '"]');
    if (!tools || !svgs.length) { return; }
    tools.hidden = false;
    each(svgs, function (svg) {
      var home = svg.getAttribute("viewBox").split(" ").map(Number);
      svg.dataset.home = home.join(" ");
      var drag = null;
      svg.addEventListener("pointerdown", function (e) {
        if (e.button !== 0 || svg.getAttribute("viewBox") === svg.dataset.home) { return; }
        drag = {x: e.clientX, y: e.clientY, box: svg.getAttribute("viewBox").split(" ").map(Number)};
      });
      svg.addEventListener("pointermove", function (e) {
        if (!drag) { return; }
        var scale = drag.box[2] / svg.getBoundingClientRect().width;
        var b = drag.box.slice();
        b[0] -= (e.clientX - drag.x) * scale;
        b[1] -= (e.clientY - drag.y) * scale;
        svg.setAttribute("viewBox", b.join(" "));
      });
      ["pointerup", "pointerleave"].forEach(function (t) { svg.addEventListener(t, function () { drag = null; }); });
    });
    each(tools.querySelectorAll("button[data-zoom]"), function (button) {
      button.addEventListener("click", function () {
        each(svgs, function (svg) {
          var how = button.dataset.zoom;
          var b = svg.getAttribute("viewBox").split(" ").map(Number);
          if (how === "reset") { svg.setAttribute("viewBox", svg.dataset.home); return; }
          var f = how === "in" ? 0.6 : 1 / 0.6;
          var h = svg.dataset.home.split(" ").map(Number);
          var w = Math.min(b[2] * f, h[2]), hh = Math.min(b[3] * f, h[3]);
          var cx = b[0] + b[2] / 2, cy = b[1] + b[3] / 2;
          if (svg.dataset.view === "timeline") { hh = h[3]; cy = h[1] + h[3] / 2; }  // zoom in time only
          svg.setAttribute("viewBox", [cx - w / 2, cy - hh / 2, w, hh].join(" "));
        });
      });
    });
  }

  function network() {
    var svg = document.querySelector('svg.view[data-view="network"]');
    if (!svg) { return; }
    var nodes = svg.querySelectorAll(".n"), edges = svg.querySelectorAll(".edges path");
    var byIndex = {};
    each(nodes, function (n) { byIndex[n.dataset.i] = n; });
    function light(node) {
      svg.classList.add("dim");
      node.classList.add("lit");
      each(edges, function (e) {
        var other = e.dataset.a === node.dataset.i ? e.dataset.b : e.dataset.b === node.dataset.i ? e.dataset.a : null;
        if (other !== null && !e.classList.contains("off")) { e.classList.add("lit"); byIndex[other].classList.add("lit"); }
      });
    }
    function dark() {
      svg.classList.remove("dim");
      each(svg.querySelectorAll(".lit"), function (x) { x.classList.remove("lit"); });
    }
    each(nodes, function (n) {
      n.addEventListener("mouseenter", function () { light(n); });
      n.addEventListener("focus", function () { light(n); });
      n.addEventListener("mouseleave", dark);
      n.addEventListener("blur", dark);
    });
    var filters = document.querySelector('.view-filters[data-for="network"]');
    if (!filters) { return; }
    filters.hidden = false;
    var year = filters.querySelector('[data-filter="year"]'), country = filters.querySelector('[data-filter="country"]');
    var names = {};
    each(nodes, function (n) { names[n.dataset.c] = true; });
    Object.keys(names).sort().forEach(function (c) {
      var option = document.createElement("option");
      option.textContent = c;
      option.value = c;
      country.appendChild(option);
    });
    function apply() {
      var y = year.value, c = country.value, keep = {};
      each(edges, function (e) {
        var a = byIndex[e.dataset.a], b = byIndex[e.dataset.b];
        var shown = (!y || (" " + e.dataset.y + " ").indexOf(" " + y + " ") !== -1) &&
          (!c || a.dataset.c === c || b.dataset.c === c);
        e.classList.toggle("off", !shown);
        if (shown) { keep[e.dataset.a] = true; keep[e.dataset.b] = true; }
      });
      each(nodes, function (n) {
        var shown = (!y && !c) || keep[n.dataset.i] || (!y && n.dataset.c === c);
        n.classList.toggle("off", !shown);
      });
    }
    year.addEventListener("change", apply);
    country.addEventListener("change", apply);
  }

  function timeline() {
    var filters = document.querySelector('.view-filters[data-for="timeline"]');
    var figures = document.querySelectorAll("figure[data-rows]");
    if (!filters || figures.length < 2) { return; }
    filters.hidden = false;
    var rows = filters.querySelector('[data-filter="rows"]');
    function apply() { each(figures, function (f) { f.hidden = f.dataset.rows !== rows.value; }); }
    rows.addEventListener("change", apply);
    apply();
  }

  function enhance() {
    ["network", "timeline", "map"].forEach(zoomable);
    network();
    timeline();
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(enhance);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhance);
  } else {
    enhance();
  }
})();
