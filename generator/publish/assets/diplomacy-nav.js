/* The drawer's list of sections on a page outside the navigation: the same links as the tabs,
   drawn from them (generator/publish/page_weight.py), in the theme's own markup. Runs where it stands,
   right after the empty list, before the page is shown. */
(function () {
  var list = document.querySelector("[data-dx-from-tabs]");
  if (!list) { return; }
  document.querySelectorAll(".md-tabs__link").forEach(function (tab) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    var label = document.createElement("span");
    item.className = "md-nav__item";
    link.className = "md-nav__link";
    link.setAttribute("href", tab.getAttribute("href"));
    label.className = "md-ellipsis";
    label.textContent = tab.textContent.trim();
    link.appendChild(label);
    item.appendChild(link);
    list.appendChild(item);
  });
})();
