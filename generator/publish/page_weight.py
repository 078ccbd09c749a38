"""Lighter pages: what the theme repeats on every page, written once in a shared file instead.

At ten thousand articles the theme's chrome is most of a page's bytes and most of the site: the
indentation of its templates, the same inline SVG icons (logo, menu, colour switch, search, back
to top) and the same inline colour-switch script on every one of twenty thousand pages. Here
they are made shared:

- `compact` drops the indentation of the theme's templates (a run of blank space that holds a
  line break becomes one line break, which the browser renders the same), outside `<pre>`,
  `<textarea>` and `<script>`, whose spaces may matter;
- `ChromeIcons` serves the theme's chrome icons as empty `<svg>` boxes (the theme's CSS sizes
  them as before) painted by one stylesheet that masks `currentColor` with the icon, so colour,
  size and hover stay the theme's;
- the colour switch's script (`partials/javascripts/palette.html`, overridden in `theme/`)
  loads from one file, still synchronously at the same place, so the page never flashes; so does
  the theme's first script (`partials/javascripts/base.html`); the colour switch's form, which
  depends on the config only, is drawn by that script where it stands (it does nothing without
  a script anyway);
- on a page outside a flat navigation (articles, meetings, people...: nearly every page), the
  drawer's list of sections, which repeats the tabs link for link, is drawn from the tabs by a
  small script (`NavFromTabs`, `partials/nav.html` in `theme/`), and the drawer's title (logo and
  site name, which the header shows too) from the header's logo link.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from pathlib import Path
from typing import Any

import jinja2

STYLESHEET = "assets/stylesheets/diplomacy-chrome.css"
"""The generated stylesheet of the chrome icons (site path)."""
PALETTE_SCRIPT = "assets/javascripts/diplomacy-palette.js"
"""The theme's colour-switch script, as a file (site path)."""
SCOPE_SCRIPT = "assets/javascripts/diplomacy-scope.js"
"""The theme's first script (where the site's root is, for its stored settings), as a file."""
NAV_SCRIPT = "assets/javascripts/diplomacy-nav.js"
"""Draws the drawer's list of sections from the tabs (site path; the file is in `assets/`)."""
ASSETS_DIR = Path(__file__).resolve().parent / "assets"
_SCOPE_AT = '"{{ config.extra.scope | d(base_url) }}",location'
_SCOPE_FROM_FILE = '"../..",document.currentScript.src'
"""The scope script, as a file two folders below the site's root, finds the root from its own URL."""

_KEEP = re.compile(r"(<(pre|textarea|script)\b.*?</\2\s*>)", re.S | re.I)
_SPACE = " \t\r\f\v"
_BLOCK = frozenset("html head body meta link title div nav header footer main article aside section form"
                   " ul ol li table thead tbody tr td th h1 h2 h3 h4 h5 h6 p figure figcaption input script"
                   " style".split())
"""Tags between which a line break is never rendered."""
_TAG_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
_SVG = re.compile(r"<svg\b([^>]*)>(.*?)</svg>", re.S)
_VIEWBOX = re.compile(r'viewBox="([^"]*)"')
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def compact(html: str) -> str:
    """The page with the templates' indentation and blank lines dropped (what a browser shows is
    unchanged: a line break stays where there was one, except between two block-level tags)."""
    parts = _KEEP.split(html)
    out = []
    # split() with two groups yields: text, whole kept element, its tag name, text, ...
    for i in range(0, len(parts), 3):
        out.append(_compact_text(parts[i]))
        if i + 1 < len(parts):
            out.append(parts[i + 1])
    return "".join(out)


def _compact_text(text: str) -> str:
    """Each run of blank space holding a line break becomes one line break (none between block
    tags); spaces within a line are left alone. Line by line: a regular expression trying every
    position costs a millisecond a page, twenty seconds of a large build."""
    lines = text.split("\n")
    if len(lines) == 1:
        return text
    kept = [lines[0].rstrip(_SPACE)]
    kept += [line for line in (x.strip(_SPACE) for x in lines[1:-1]) if line]
    kept.append(lines[-1].lstrip(_SPACE))
    out = [kept[0]]
    for line in kept[1:]:
        if not (_between_blocks(out[-1], line)):
            out.append("\n")
        out.append(line)
    return "".join(out)


_KEEP_OPEN = re.compile(r"<(pre|textarea|script)\b", re.I)
_KEEP_CLOSE_AT_END = re.compile(r"</(pre|textarea|script)\s*>$", re.I)


def inline_as_is(value: str) -> bool:
    """Whether `value`, put in place of a one-line stand-in of plain text on a compacted page,
    leaves the page as compacting it with `value` would: one line, no tag edge, no blank edges."""
    return bool(value) and "\n" not in value and "<" not in value and ">" not in value \
        and value == value.strip(_SPACE)


def join_block(before: str, body: str, after: str) -> str | None:
    """`compact(B + body + A)` from `before = compact(B …)` and `after = compact(… A)` of a page
    on which a stand-in for `body` stood on a line of its own (so `before` ends and `after` starts
    with a line break); None when the body holds an element whose spaces matter, which could
    reach past it, or is blank.

    Only the two line breaks at the body's edges depend on both sides: each stays unless it falls
    between two block tags, as in `compact`. A page then costs the compaction of its body, not of
    the theme's three hundred lines around it."""
    core = body.strip(_SPACE + "\n")
    if not core or _KEEP_OPEN.search(core) or not before.endswith("\n") or not after.startswith("\n"):
        return None
    inner = _compact_text(core)
    above = before[:-1]
    line_above = above[above.rfind("\n") + 1:]
    if _KEEP_CLOSE_AT_END.search(line_above):
        line_above = ""  # the body's line opens a text run: compact compares it with nothing
    below = after[1:]
    end = below.find("\n")
    line_below = below if end == -1 else below[:end]
    if _KEEP_OPEN.match(line_below):
        line_below = ""
    first = inner[:inner.find("\n")] if "\n" in inner else inner
    last = inner[inner.rfind("\n") + 1:]
    left = above if _between_blocks(line_above, first) else before
    right = below if _between_blocks(last, line_below) else after
    return left + inner + right


def _between_blocks(before: str, after: str) -> bool:
    if not (before.endswith(">") and after.startswith("<")):
        return False
    last = _TAG_NAME.match(before, before.rfind("<"))
    first = _TAG_NAME.match(after)
    return bool(last and first and last.group(1).lower() in _BLOCK and first.group(1).lower() in _BLOCK)


def chrome_icon_names(config: Any) -> list[str]:
    """Icons the theme draws on every page for this config (those of its header, search box,
    colour switch and back-to-top button), as `.icons/` names without the suffix."""
    icon = config.theme.get("icon") or {}
    names = [icon.get("menu") or "material/menu", icon.get("search") or "material/magnify",
             icon.get("previous") or "material/arrow-left", icon.get("close") or "material/close",
             icon.get("top") or "material/arrow-up"]
    if not config.theme.get("logo"):
        names.append(icon.get("logo") or "material/library")
    palette = config.theme.get("palette") or []
    for option in palette if isinstance(palette, list) else []:
        toggle = option.get("toggle") or {} if isinstance(option, dict) else {}
        if toggle.get("icon"):
            names.append(toggle["icon"])
    return list(dict.fromkeys(names))


def _css_class(name: str) -> str:
    return "dx-icon--" + re.sub(r"[^a-z0-9-]", "-", name.lower())


class ChromeIcons:
    """The chrome icons of one build: their stand-ins for the templates, and their stylesheet."""

    def __init__(self, names: list[str], theme_dirs: list[str]) -> None:
        self.svg: dict[str, str] = {}
        for name in names:
            for folder in theme_dirs:
                path = Path(folder) / ".icons" / f"{name}.svg"
                if path.is_file():
                    self.svg[name] = path.read_text(encoding="utf-8").strip()
                    break

    def stand_in(self, name: str) -> str:
        """An empty `<svg>` with the icon's viewBox (so the theme's CSS gives it the same box)."""
        box = _VIEWBOX.search(self.svg[name])
        view = f' viewBox="{box.group(1)}"' if box else ""
        return f'<svg class="dx-icon {_css_class(name)}"{view}></svg>'

    def loader(self) -> jinja2.BaseLoader:
        """Serves `.icons/<name>.svg` for the chrome icons; every other template falls through."""
        def load(template: str) -> str | None:
            name = template.removeprefix(".icons/").removesuffix(".svg")
            if template.startswith(".icons/") and name in self.svg:
                return self.stand_in(name)
            return None
        return jinja2.FunctionLoader(load)

    def stylesheet(self) -> str:
        """One rule per icon: the box is painted in the text colour through the icon's shape."""
        rules = [".dx-icon{background-color:currentcolor;-webkit-mask:var(--dx-icon) center/contain "
                 "no-repeat;mask:var(--dx-icon) center/contain no-repeat}"]
        for name, svg in sorted(self.svg.items()):
            data = urllib.parse.quote(svg.replace("\n", ""), safe=" /=:;,-.'()")
            rules.append(f'.{_css_class(name)}{{--dx-icon:url("data:image/svg+xml;charset=utf-8,{data}")}}')
        return "\n".join(rules) + "\n"


def scope_script(theme_dirs: list[str], config: Any) -> str | None:
    """The theme's first script as a file, or None where it cannot be one (a configured scope)."""
    if (config.get("extra") or {}).get("scope"):
        return None
    for folder in theme_dirs:
        path = Path(folder) / "partials" / "javascripts" / "base.html"
        if path.is_file():
            found = _SCRIPT.search(path.read_text(encoding="utf-8"))
            if found and found.group(1).count("{{") == 1 and _SCOPE_AT in found.group(1):
                return found.group(1).replace(_SCOPE_AT, _SCOPE_FROM_FILE)
    return None


class NavFromTabs:
    """Whether a page's drawer list may be drawn from its tabs: the navigation is flat (the tabs
    show every entry), the tabs are on, and the page is not in the navigation (no entry active)."""

    def __init__(self, nav: Any, features: list[str]) -> None:
        self.nav_pages = {id(p) for p in nav.pages}
        self.flat = "navigation.tabs" in features and all(getattr(i, "is_page", False) for i in nav.items)

    def __call__(self, page: Any, nav: Any) -> bool:
        return (self.flat and page is not None and id(page) not in self.nav_pages
                and isinstance(getattr(page, "url", None), str))


def palette_form(config: Any, theme_dirs: list[str], icons: ChromeIcons) -> str | None:
    """The colour switch's form as the theme draws it (it depends on the config only), or None
    when the theme draws none (no palette, or a single one)."""
    palette = config.theme.get("palette")
    if not palette or not isinstance(palette, list):
        return None
    loader = jinja2.ChoiceLoader([icons.loader(), jinja2.FileSystemLoader(theme_dirs)])
    env = jinja2.Environment(loader=loader, autoescape=True)
    try:
        return compact(env.get_template("partials/palette.html").render(config=config)).strip()
    except jinja2.TemplateError:
        return None


def palette_file(script: str, form: str | None) -> str:
    """The colour switch as one file: its form drawn where the script stands (so the theme's
    script, which reads it, finds it), then the theme's script."""
    if form is None:
        return script + "\n"
    return ("/* The colour switch (generator/publish/page_weight.py): the theme's form, drawn where this"
            " script stands, then the theme's script. */\n"
            f"document.currentScript.insertAdjacentHTML(\"beforebegin\", {json.dumps(form)});\n{script}\n")


def palette_script(theme_dirs: list[str]) -> str | None:
    """The theme's own colour-switch script (from its `partials/javascripts/palette.html`)."""
    for folder in theme_dirs:
        path = Path(folder) / "partials" / "javascripts" / "palette.html"
        if path.is_file():
            found = _SCRIPT.search(path.read_text(encoding="utf-8"))
            if found and "{" + "{" not in found.group(1):
                return found.group(1)
    return None


CONFIG_SCRIPT = "assets/javascripts/diplomacy-config.js"
"""The theme's settings for its script, as a file (site path)."""
SEARCH_SCRIPT = "assets/javascripts/diplomacy-search.js"
"""Draws the header's search box, button and dialog (site path)."""
_CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)
_BASE = "diplomacy:base"
"""Stands for the page's base URL while the theme's settings are rendered once for every page."""


def theme_config(env: jinja2.Environment, config: Any) -> dict[str, Any] | None:
    """The settings the theme writes into every page for its script (`<script id="__config">`),
    rendered once by the theme's own block, with the address of the site's root (which differs
    from page to page) left out; None when they cannot be made the same for every page.

    `search`, the address of the theme's search worker, becomes a path from the site's root."""
    try:
        base = env.get_template("base.html")
        block = base.blocks.get("config")
        if block is None:
            return None
        values: dict[str, Any] = {"config": config, "base_url": _BASE, "page": None,
                                  "features": config.theme.get("features") or []}
        values["lang"] = env.get_template("partials/language.html").make_module(values)
        html = "".join(block(base.new_context(values)))
        found = _CONFIG.search(html)
        data = json.loads(found.group(1)) if found else None
    except (jinja2.TemplateError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("base") != _BASE or _BASE in json.dumps(
            {k: v for k, v in data.items() if k not in ("base", "search")}):
        return None
    del data["base"]
    search = data.get("search")
    if isinstance(search, str):
        if not search.startswith(_BASE + "/"):
            return None
        data["search"] = search[len(_BASE) + 1:]
    return data


def config_file(data: dict[str, Any]) -> str:
    """The theme's settings as a script that writes them where it stands, as the theme would have:
    the root's address from this file's own (it is two folders below the root), the search
    worker's from the root."""
    up = "/".join([".."] * CONFIG_SCRIPT.count("/"))
    return _CONFIG_JS.replace("@UP@", json.dumps(up)).replace("@SETTINGS@", json.dumps(data, sort_keys=True))


_CONFIG_JS = """/* The theme's settings for its script (generator/publish/page_weight.py): the same on every
   page but for the address of the site's root, found from this file's own. */
(function (script) {
  var config = @SETTINGS@;
  config.base = new URL(@UP@, script.src).href;
  if (typeof config.search === "string") config.search = new URL(config.search, config.base).href;
  var element = document.createElement("script");
  element.id = "__config";
  element.type = "application/json";
  element.textContent = JSON.stringify(config);
  script.after(element);
})(document.currentScript);
"""


SEARCH_BOX = ('{% import "partials/language.html" as lang with context %}'
              '{% include "partials/diplomacy-search-box.html" %}')
"""The header's search button and dialog, as the header draws them (theme/partials/header.html)."""


def search_box(env: jinja2.Environment, config: Any) -> str | None:
    """The header's search button and dialog, which depend on the config only: drawn by one
    shared script where the header had them (None if they name a page, or cannot be drawn)."""
    values = {"config": config, "base_url": _BASE, "page": None,
              "features": config.theme.get("features") or []}
    try:
        html = compact(env.from_string(SEARCH_BOX).render(values)).strip()
    except jinja2.TemplateError:
        return None
    if _BASE in html or "<script" in html.lower():
        return None
    return ("/* The header's search button and dialog (generator/publish/page_weight.py), the same on"
            " every page: drawn where this script stands. */\n"
            f"document.currentScript.insertAdjacentHTML(\"beforebegin\", {json.dumps(html)});\n")


def share_scripts(env: jinja2.Environment, config: Any, files: Any, search: bool) -> None:
    """The theme's settings and (with `search`) the header's search box, the same on every page,
    each drawn by one shared file (added empty in on_files, written here now that the theme's
    templates are at hand); a page keeps its own where they cannot be shared."""
    theme = theme_config(env, config)
    box = search_box(env, config) if search else None
    for path, content, name in ((CONFIG_SCRIPT, theme and config_file(theme), "diplomacy_config_script"),
                                (SEARCH_SCRIPT, box, "diplomacy_search_script")):
        file = files.get_file_from_path(path)
        env.globals[name] = path if content and file is not None else ""
        if file is None:
            continue
        if content:
            file.content_string = content
        else:
            files.remove(file)
