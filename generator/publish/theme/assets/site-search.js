/* The site's search box: Pagefind's chunked index, loaded on the first key pressed.
 *
 * The index (pagefind/ at the site's root, written by the generator) is fetched in pieces: the
 * search script and its wasm once, then the chunk of the words typed and the fragments of the
 * results shown. Everything is relative to this script's own address, so the site works from
 * any sub-path and offline.
 *
 * Results never become markup. The generator indexes titles and text HTML-escaped, so in what
 * Pagefind returns a "<" is only ever its own <mark> around the words found: an excerpt is cut
 * at the marks, and each piece (and the title) is decoded and set as text. No content reaches
 * innerHTML.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var box = document.querySelector("[data-site-search]");
  if (!script || !box) return;
  var root = new URL("../", script.src); // this script is <root>/assets/site-search.js
  var input = box.querySelector("input[name=query]");
  var form = box.querySelector("form");
  var result = box.querySelector("[data-site-search-result]");
  var meta = result.querySelector(".md-search-result__meta");
  var list = result.querySelector(".md-search-result__list");
  var toggle = document.getElementById("__search");
  var placeholder = meta.textContent;
  var engine = null;
  var asked = 0;
  var SHOWN = 10;
  var ENTITIES = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": "\"", "&#39;": "'", "&#x27;": "'" };

  function load() {
    if (!engine) {
      engine = import(new URL("pagefind/pagefind.js", root).href).then(function (pagefind) {
        return pagefind.options({ baseUrl: root.pathname, excerptLength: 24 }).then(function () {
          return pagefind;
        });
      });
      engine.catch(function () { engine = null; });
    }
    return engine;
  }

  function decode(text) {
    return text.replace(/&(?:lt|gt|amp|quot|#39|#x27);/g, function (e) { return ENTITIES[e]; });
  }

  /* Pagefind's excerpt as nodes: <mark> elements for the words found, text for the rest. */
  function excerpt(html) {
    var out = document.createDocumentFragment();
    var marked = false;
    html.split(/(<mark>|<\/mark>)/).forEach(function (piece) {
      if (piece === "<mark>") { marked = true; return; }
      if (piece === "</mark>") { marked = false; return; }
      if (!piece) return;
      var text = document.createTextNode(decode(piece));
      if (marked) {
        var mark = document.createElement("mark");
        mark.appendChild(text);
        out.appendChild(mark);
      } else {
        out.appendChild(text);
      }
    });
    return out;
  }

  function count(n) {
    if (n === 0) return result.getAttribute("data-none");
    if (n === 1) return result.getAttribute("data-one");
    return result.getAttribute("data-other").replace("#", String(n));
  }

  function item(data) {
    var li = document.createElement("li");
    li.className = "md-search-result__item";
    var a = document.createElement("a");
    a.className = "md-search-result__link";
    a.tabIndex = -1;
    var url = new URL(data.url, location.href);
    if (url.origin !== location.origin) return null; // the index only holds this site's pages
    a.href = url.href;
    var article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    var title = document.createElement("h1");
    title.textContent = decode((data.meta && data.meta.title) || data.url);
    var text = document.createElement("p");
    text.appendChild(excerpt(data.excerpt || ""));
    article.appendChild(title);
    article.appendChild(text);
    a.appendChild(article);
    li.appendChild(a);
    return li;
  }

  function show(query) {
    var ask = ++asked;
    if (!query.trim()) {
      result.removeAttribute("data-query");
      meta.textContent = placeholder;
      list.replaceChildren();
      return;
    }
    load().then(function (pagefind) {
      return pagefind.debouncedSearch(query, {}, 120);
    }).then(function (found) {
      if (!found || ask !== asked) return null; // a later key press asked again
      return Promise.all(found.results.slice(0, SHOWN).map(function (r) { return r.data(); }))
        .then(function (shown) {
          if (ask !== asked) return;
          list.replaceChildren.apply(list, shown.map(item).filter(Boolean));
          result.setAttribute("data-query", query); // which question the list answers
          meta.textContent = count(found.results.length);
        });
    }).catch(function () {
      if (ask === asked) meta.textContent = result.getAttribute("data-failed");
    });
  }

  input.addEventListener("input", function () { show(input.value); });
  input.addEventListener("focus", function () {
    if (toggle && !toggle.checked) toggle.checked = true;
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      if (toggle) toggle.checked = false;
      input.blur();
    } else if (event.key === "Enter") {
      var first = list.querySelector("a");
      if (first) location.href = first.href;
    }
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () {
    setTimeout(function () { show(""); input.focus(); }, 0);
  });
  if (toggle) {
    toggle.addEventListener("change", function () {
      if (toggle.checked) input.focus();
    });
  }
  list.addEventListener("click", function () { if (toggle) toggle.checked = false; });
})();
