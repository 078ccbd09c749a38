/* The drawer's list of sections on a page outside the navigation: the same links as the tabs,
   drawn from them (generator/publish/page_weight.py), in the theme's own markup; and the drawer's
   title, the site's logo and name, drawn from the header's logo link (both were 500 bytes of every
   page). Runs where it stands, right after the empty list, before the page is shown. */
(function () {
  var list = document.querySelector("[data-dx-from-tabs]");
  if (!list) { return; }
  var logo = document.querySelector(".md-header__button.md-logo");
  if (logo) {
    var title = document.createElement("label");
    var button = logo.cloneNode(true);
    title.className = "md-nav__title";
    title.setAttribute("for", "__drawer");
    button.className = "md-nav__button md-logo";
    title.appendChild(button);
    title.appendChild(document.createTextNode(logo.getAttribute("title") || ""));
    list.parentNode.insertBefore(title, list);
  }
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
