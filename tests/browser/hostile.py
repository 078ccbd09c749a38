"""A site built from hostile seeds and hostile hand edits, and a detector of live markup in a page.

The seeds carry what a scraper brings back from a hostile page (tags, event handlers, script,
`javascript:` links, Markdown link syntax, entities that decode to markup) in their headlines and
bodies; after a first build, the articles' front matter is edited the way a researcher pasting
such text would, and the site is built again. Every payload calls `alert` (or loads another
host), so a payload that comes alive shows as a dialog or an outside request, and every payload
carries MARK, so a tag or attribute it managed to create can be found in the DOM.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from tests.browser.conftest import build_site
from tests.conftest import make_site

MARK = "zq9x"
NAMES = ("Wang", "Lavrov", "Qin Gang", "Samarkand")
"""What a reader types into the search box: names the hostile articles are about."""

SEEDS = {
    "h01_markup.txt": (
        f"<img src=x onerror=alert('{MARK}1')> Sergey Lavrov meets Wang Yi "
        f"<script>alert('{MARK}2')</script>\n\n"
        "MOSCOW, 12 March 2022. Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in "
        f"Moscow on 12 March 2022. <svg onload=alert('{MARK}3')> <a href=\"javascript:alert('{MARK}4')\">"
        f"more</a> <iframe src=\"javascript:alert('{MARK}5')\"></iframe> "
        f"<img src=\"http://evil.example/{MARK}.png\">\n\n"
        f"Lavrov said: <script>alert('{MARK}6')</script> "
        f"<b onmouseover=alert('{MARK}7')>Wang Yi</b> agreed.\n"),
    "h02_entities.txt": (
        f"&lt;script&gt;alert('{MARK}8')&lt;/script&gt; Lavrov and Wang Yi hold talks in Samarkand\n\n"
        "SAMARKAND, 13 April 2023. Russian Foreign Minister Sergey Lavrov held talks with Chinese Foreign "
        "Minister Qin Gang in Samarkand on 13 April 2023. "
        f"&lt;img src=x onerror=alert('{MARK}9')&gt; &amp;lt;svg onload=alert('{MARK}10')&amp;gt; "
        f"&#60;script&#62;alert('{MARK}11')&#60;/script&#62;\n"),
    "h03_markdown.txt": (
        f"[Wang Yi](javascript:alert('{MARK}12')) and Lavrov: ![x](javascript:alert('{MARK}13')) talks\n\n"
        "BEIJING, 9 May 2022. Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov "
        f"in Beijing on 9 May 2022. [click here](javascript:alert('{MARK}14')) "
        f"![pic](http://evil.example/{MARK}.png) <javascript:alert('{MARK}15')> `code` **bold** "
        f"</title><script>alert('{MARK}16')</script> \"><svg onload=alert('{MARK}17')>\n"),
}

EDITS = {
    "h01_markup": {
        "title": f"</title><script>alert('{MARK}20')</script> Lavrov & Wang <img src=x onerror=alert(21)>",
        "venue": f"<svg onload=alert('{MARK}22')>",
        "country": f"[{MARK}](javascript:alert('{MARK}23'))",
        "participants": ["Sergey Lavrov", "Wang Yi", f"<img src=x onerror=alert('{MARK}24')>"],
        "conference": f"<script>alert('{MARK}25')</script> summit",
        "kind": f"<b onmouseover=alert('{MARK}26')>phone</b>",
        "description": f"\"><script>alert('{MARK}27')</script>",
        "note": f"<script>alert('{MARK}28')</script>",
    },
    "h02_entities": {
        "title": f"&lt;/title&gt;&lt;script&gt;alert('{MARK}30')&lt;/script&gt; Lavrov and Qin Gang",
        "venue": f"&lt;img src=x onerror=alert('{MARK}31')&gt; Samarkand",
        "participants": ["Sergey Lavrov", "Qin Gang", f"&lt;svg onload=alert('{MARK}32')&gt;"],
        "search": {"boost": 2},
    },
    "h03_markdown": {
        "venue": f"\"><img src=x onerror=alert('{MARK}33')> Beijing",
        "country": f"javascript:alert('{MARK}34')",
        "participants": ["Wang Yi", "Sergey Lavrov", f"=HYPERLINK(\"http://evil.example/{MARK}\")"],
    },
}
"""Hand edits of front matter after the first build, by article stem."""
BODY = (f"## Notes <img src=x onerror=alert('{MARK}40')>\n\nWang Yi and Lavrov met again. "
        f"<script>alert('{MARK}41')</script> [source](javascript:alert('{MARK}42')) "
        f"[mail](mailto:desk@example.org) ![map](http://evil.example/{MARK}.png)\n\n"
        f"<div onmouseover=\"alert('{MARK}43')\">hover</div> "
        f"<a href=\" java\tscript:alert('{MARK}44')\">x</a>\n")
"""A body a researcher turned into Markdown by pasting more of the page (the h02 article also asks
the theme to index it, `search: {boost: 2}`, so the theme's own indexer reads a hostile page)."""


def edit_front_matter(path: Path, changes: dict[str, object], body: str | None = None) -> None:
    """Change keys of an article's front matter as a researcher would (and its body, if given)."""
    text = path.read_text(encoding="utf-8")
    _, front, old_body = text.split("---\n", 2)
    body = old_body if body is None else f"\n{body}"
    data = yaml.safe_load(front)
    data.update(changes)
    dumped = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    path.write_text(f"---\n{dumped}---\n{body}", encoding="utf-8")


def hostile_site(tmp: Path) -> Path:
    """Hostile seeds annotated, their front matter then edited, and the site built (not strict:
    the edits are errors `check` reports, and the site must still be safe when published)."""
    root = make_site(tmp / "site", SEEDS)
    run = subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "annotate"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-3000:]
    for stem, changes in EDITS.items():
        edit_front_matter(root / "docs" / "articles" / f"{stem}.md", changes,
                          BODY if stem == "h03_markdown" else None)
    return build_site(root, strict=False)


LIVE_MARKUP_JS = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase(), value = attr.value.replace(/[\\s\\u0000-\\u001f]/g, '');
      if (name.startsWith('on')) found.push(`${el.tagName} ${name}=${attr.value}`);
      if (/^(javascript|vbscript|data):/i.test(value) && name !== 'content'
          && !(name === 'src' && /^data:image\\/(png|gif|jpeg|webp);/i.test(value)))
        found.push(`${el.tagName} ${name}=${attr.value}`);
    }
    if (el.tagName === 'SCRIPT' && el.textContent.includes('MARK')) found.push(`SCRIPT ${el.textContent}`);
    if (el.tagName.toLowerCase().includes('MARK')) found.push(el.tagName);
  }
  return found;
}""".replace("MARK", MARK)
"""Every element carrying an event handler, a script URL, or a tag or script made by a payload."""


def live_markup(page: object) -> list[str]:
    """What in the page's current DOM could run script: empty for a safe page."""
    return page.evaluate(LIVE_MARKUP_JS)  # type: ignore[attr-defined, no-any-return]
