/* The views (network, timeline, map) are complete without this script: inline SVG whose marks
   are links. It adds zoom (buttons, or double-click where to zoom) and pan (drag when zoomed in),
   the network's hover highlight and its year and country filters, and the timeline's choice of
   rows. Plain script, no library, nothing fetched. */
(function () {
  "use strict";

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  function box(svg) { return svg.getAttribute("viewBox").split(" ").map(Number); }

  function setBox(svg, b) {
    var home = svg.dataset.home.split(" ").map(Number);
    svg.setAttribute("viewBox", b.join(" "));
    svg.classList.toggle("zoomed", b[2] < home[2] * 0.4);  // a timeline then shows single days
    if (svg.dataset.view === "map") {  // venues close together come apart as the map zooms in
      var factor = Math.sqrt(b[2] / home[2]);
      each(svg.querySelectorAll(".venues circle"), function (c) {
        if (!c.dataset.r) { c.dataset.r = c.getAttribute("r"); }
        c.setAttribute("r", (Number(c.dataset.r) * factor).toFixed(2));
      });
    }
  }

  function zoomAt(svg, f, cx, cy) {
    var b = box(svg), h = svg.dataset.home.split(" ").map(Number);
    var w = Math.min(b[2] * f, h[2]), hh = Math.min(b[3] * f, h[3]);
    if (svg.dataset.view === "timeline") { hh = h[3]; cy = h[1] + h[3] / 2; }  // zoom in time only
    // The point under the cursor (or the centre) stays where it is.
    var x = cx - (cx - b[0]) * (w / b[2]), y = cy - (cy - b[1]) * (hh / b[3]);
    setBox(svg, [x, y, w, hh]);
  }

  function zoomable(kind) {
    var tools = document.querySelector('.view-tools[data-for="' + kind + '"]');
    var svgs = document.querySelectorAll('svg.view[data-view="' + kind + '"]');
    if (!tools || !svgs.length) { return; }
    tools.hidden = false;
    each(svgs, function (svg) {
      svg.dataset.home = box(svg).join(" ");
      var drag = null;
      svg.addEventListener("dblclick", function (e) {
        var p = svg.createSVGPoint();
        p.x = e.clientX;
        p.y = e.clientY;
        p = p.matrixTransform(svg.getScreenCTM().inverse());
        e.preventDefault();
        zoomAt(svg, 0.5, p.x, p.y);
      });
      svg.addEventListener("pointerdown", function (e) {
        if (e.button !== 0 || svg.getAttribute("viewBox") === svg.dataset.home) { return; }
        drag = {x: e.clientX, y: e.clientY, box: box(svg), moved: false};
      });
      svg.addEventListener("pointermove", function (e) {
        if (!drag) { return; }
        var scale = drag.box[2] / svg.getBoundingClientRect().width;
        var b = drag.box.slice();
        b[0] -= (e.clientX - drag.x) * scale;
        b[1] -= (e.clientY - drag.y) * scale;
        drag.moved = drag.moved || Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 4;
        if (drag.moved) { setBox(svg, b); }
      });
      ["pointerup", "pointerleave"].forEach(function (t) {
        svg.addEventListener(t, function () { svg.dataset.dragged = drag && drag.moved ? "1" : ""; drag = null; });
      });
      svg.addEventListener("click", function (e) {  // the end of a drag is not a click on a link
        if (svg.dataset.dragged) { e.preventDefault(); e.stopPropagation(); svg.dataset.dragged = ""; }
      }, true);
    });
    each(tools.querySelectorAll("button[data-zoom]"), function (button) {
      button.addEventListener("click", function () {
        each(svgs, function (svg) {
          var how = button.dataset.zoom, b = box(svg);
          if (how === "reset") { setBox(svg, svg.dataset.home.split(" ").map(Number)); return; }
          zoomAt(svg, how === "in" ? 0.6 : 1 / 0.6, b[0] + b[2] / 2, b[1] + b[3] / 2);
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
