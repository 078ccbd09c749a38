/* The views (network, timeline, map) are complete without this script: inline SVG whose marks
   are links. It adds zoom (buttons, or double-click where to zoom; a timeline zooms in time only)
   and pan (drag when zoomed in), the network's hover highlight and its year and country filters,
   and the timeline's choice of rows. Plain script, no library, nothing fetched. */
(function () {
  "use strict";

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  function box(svg) { return svg.getAttribute("viewBox").split(" ").map(Number); }

  function setBox(svg, b) {
    var home = svg.dataset.home.split(" ").map(Number);
    svg.setAttribute("viewBox", b.join(" "));
    if (svg.dataset.view === "map") {  // venues close together come apart as the map zooms in
      var factor = Math.sqrt(b[2] / home[2]);
      each(svg.querySelectorAll(".venues circle"), function (c) {
        if (!c.dataset.r) { c.dataset.r = c.getAttribute("r"); }
        c.setAttribute("r", (Number(c.dataset.r) * factor).toFixed(2));
      });
    }
  }

  /* A timeline zooms in time only: its marks and ticks move apart along the plot, while rows,
     labels and dots keep their size. `win` is the stretch of the original x shown across it. */
  function plot(svg) { return [Number(svg.dataset.left), Number(svg.dataset.right)]; }

  function win(svg) {
    return svg.dataset.win ? svg.dataset.win.split(" ").map(Number) : plot(svg);
  }

  function moveAlong(svg, selector, attribute, place, limits) {
    each(svg.querySelectorAll(selector), function (e) {
      var key = "x0";
      if (e.dataset[key] === undefined) { e.dataset[key] = e.getAttribute(attribute); }
      var original = e.dataset[key], x;
      if (attribute === "d") {
        var m = /^M([-\d.]+)(.*)$/.exec(original);
        x = place(Number(m[1]));
        e.setAttribute("d", "M" + x.toFixed(1) + m[2]);
      } else {
        x = place(Number(original));
        e.setAttribute(attribute, x.toFixed(1));
      }
      e.style.visibility = x < limits[0] - 1 || x > limits[1] + 1 ? "hidden" : "";
    });
  }

  function setWindow(svg, a, b) {
    var p = plot(svg), full = p[1] - p[0];
    var span = Math.max(Math.min(b - a, full), full / 64);
    a = Math.max(p[0], Math.min(a, p[1] - span));
    svg.dataset.win = a + " " + (a + span);
    var k = full / span;
    function place(x) { return p[0] + (x - a) * k; }
    moveAlong(svg, ".row circle", "cx", place, p);
    moveAlong(svg, ".axis path", "d", place, p);
    moveAlong(svg, ".axis text", "x", place, [p[0], p[1] - 20]);
    svg.classList.toggle("zoomed", k > 2.5);  // a month's meetings then show at their days
  }

  function zoomAt(svg, f, cx, cy) {
    if (svg.dataset.view === "timeline") {
      var w = win(svg), p = plot(svg), at = w[0] + (cx - p[0]) * (w[1] - w[0]) / (p[1] - p[0]);
      setWindow(svg, at - (at - w[0]) * f, at + (w[1] - at) * f);
      return;
    }
    var b = box(svg), h = svg.dataset.home.split(" ").map(Number);
    var width = Math.min(b[2] * f, h[2]), height = Math.min(b[3] * f, h[3]);
    // The point under the cursor (or the centre) stays where it is.
    setBox(svg, [cx - (cx - b[0]) * (width / b[2]), cy - (cy - b[1]) * (height / b[3]), width, height]);
  }

  function zoomed(svg) {
    if (svg.dataset.view === "timeline") { return win(svg).join(" ") !== plot(svg).join(" "); }
    return svg.getAttribute("viewBox") !== svg.dataset.home;
  }

  function pan(svg, drag, dx, dy) {
    var scale = svg.viewBox.baseVal.width / svg.getBoundingClientRect().width;
    if (svg.dataset.view === "timeline") {
      var p = plot(svg), k = (p[1] - p[0]) / (drag.from[1] - drag.from[0]), shift = dx * scale / k;
      setWindow(svg, drag.from[0] - shift, drag.from[1] - shift);
      return;
    }
    setBox(svg, [drag.from[0] - dx * scale, drag.from[1] - dy * scale, drag.from[2], drag.from[3]]);
  }

  function reset(svg) {
    if (svg.dataset.view === "timeline") { setWindow(svg, plot(svg)[0], plot(svg)[1]); return; }
    setBox(svg, svg.dataset.home.split(" ").map(Number));
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
        if (e.button !== 0 || !zoomed(svg)) { return; }
        drag = {x: e.clientX, y: e.clientY, from: svg.dataset.view === "timeline" ? win(svg) : box(svg),
                moved: false};
      });
      svg.addEventListener("pointermove", function (e) {
        if (!drag) { return; }
        drag.moved = drag.moved || Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 4;
        if (drag.moved) { pan(svg, drag, e.clientX - drag.x, e.clientY - drag.y); }
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
          if (how === "reset") { reset(svg); return; }
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
