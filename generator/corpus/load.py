"""Read back what the researcher left in `docs/articles/*.md`: the site shows their version.

Every file is parsed on its own; a broken one yields Problems and no Article, and the rest of
the corpus is still built.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.corpus import frontmatter, schema
from generator.corpus.registry import Registry
from generator.failures import processing
from generator.model import Article, MeetingReport, Person, Place, Problem


@dataclass
class Lookups:
    """The registry's answers by name, kept across every article one process parses.

    A corpus names the same few hundred people and places tens of thousands of times, and
    folding a name for the lookup costs more than the lookup; a fuzzy "did you mean" search over
    every registry name costs tens of milliseconds, and the same unknown name recurs hundreds
    of times.
    """

    registry: Registry
    people: dict[str, Person | None] = field(default_factory=dict)
    places: dict[str, Place | None] = field(default_factory=dict)
    suggested: dict[str, list[str]] = field(default_factory=dict)

    def person(self, name: str) -> Person | None:
        if name not in self.people:
            self.people[name] = self.registry.person(name)
        return self.people[name]

    def place(self, name: str) -> Place | None:
        if name not in self.places:
            self.places[name] = self.registry.place(name)
        return self.places[name]

    def canonical(self, name: str) -> str:
        person = self.person(name)
        return person.name if person else name

    def suggest(self, name: str) -> list[str]:
        if name not in self.suggested:
            self.suggested[name] = self.registry.suggest(name)
        return self.suggested[name]


def load_articles(articles_dir: Path, registry: Registry) -> tuple[list[Article], list[Problem]]:
    """Parse every article file; names are resolved to canonical registry names."""
    articles: list[Article] = []
    problems: list[Problem] = []
    if not articles_dir.is_dir():
        return articles, problems
    lookups = Lookups(registry)
    for path in sorted(articles_dir.glob("*.md")):
        if path.name == "index.md":
            continue
        article, found = load_article(path, registry, lookups)
        problems.extend(found)
        if article is not None:
            articles.append(article)
    return articles, problems


def load_article(path: Path, registry: Registry,
                 lookups: Lookups | None = None) -> tuple[Article | None, list[Problem]]:
    """One article file as the site shows it; `lookups` keeps registry answers across files."""
    rel = f"docs/articles/{path.name}"
    with processing(rel):
        return _load_article(path, rel, registry, lookups if lookups is not None else Lookups(registry))


def written_article(stem: str, data: dict[str, Any], lines: dict[str, int],
                    lookups: Lookups) -> tuple[Article, list[Problem]]:
    """What `load_article` gives for a file the generator has just written with these fields
    (`compose.compose_new`: `data` is what parsing it gives back, `lines` its key lines),
    without reading it: the annotation step hands it to the load step."""
    rel = f"docs/articles/{stem}.md"
    with processing(rel):
        article, problems = _article(stem, data, lines, [], rel, lookups)
    return article, problems


def _load_article(path: Path, rel: str, registry: Registry,
                  names: Lookups) -> tuple[Article | None, list[Problem]]:
    text, read_problems = frontmatter.read_file(path, rel)
    if text is None:
        return None, read_problems
    parsed = frontmatter.parse(text, rel)
    if parsed.data is None:
        return None, [*read_problems, *parsed.problems]
    return _article(path.stem, parsed.data, parsed.lines, read_problems, rel, names)


def _article(stem: str, data: dict[str, Any], lines: dict[str, int], read_problems: list[Problem],
             rel: str, names: Lookups) -> tuple[Article, list[Problem]]:
    """The article of a parsed front matter, names resolved, and what is wrong with it."""
    values, problems = schema.validate(data, lines, rel)
    problems[:0] = read_problems
    problems.extend(_unknown_names(values, lines, rel, names))
    canon = _canonical_names(names)
    for m in [values, *values["meetings"], *values["recalled"]]:
        place = names.place(m["venue"]) if m.get("venue") else None
        same_country = place is not None and place.country == (m.get("country") or place.country)
        if place is not None and place.name != m["venue"] and same_country:
            m["venue"] = place.name  # "Jiddah" and "Jeddah" are one venue page
    values["participants"] = canon(values["participants"])
    for m in [*values["meetings"], *values["recalled"]]:
        m["participants"] = canon(m["participants"])
    article = Article(
        stem=stem, title=values["title"] or stem, date=values["date"],
        venue=values["venue"], country=values["country"], participants=values["participants"],
        kind=values["kind"], extra={**{k: v for k, v in data.items()
                                       if k not in {f.name for f in schema.ARTICLE_FIELDS}},
                                    **{k: values[k] for k in ("split", "conference") if values[k]}})
    article.reports = reports_of(article, values)
    return article, problems


def _canonical_names(lookups: Lookups):
    def canon(names: list[str]) -> list[str]:
        out: list[str] = []
        for name in names:
            c = lookups.canonical(name)
            if c not in out:
                out.append(c)
        return out
    return canon


def _unknown_names(values: dict[str, Any], lines: dict[str, int], rel: str,
                   lookups: Lookups) -> list[Problem]:
    """A warning for each participant the registry lacks but nearly knows: most likely a
    misspelling, which would otherwise publish a second page for the same minister.

    A name close to no known one is a person the registry has yet to learn: a review item (the
    review queue lists it with its article), not a problem, so `--strict` does not fail on it.
    """
    problems = []
    for name in values["participants"]:
        if lookups.person(name) is None:
            near = lookups.suggest(name)
            if near:
                problems.append(Problem(rel, f"'{name}' is not in the registry",
                                        line=lines.get("participants"), field="participants",
                                        hint=f"did you mean {', '.join(near)}?",
                                        severity="warning"))
    return problems


def reports_of(article: Article, values: dict[str, Any]) -> list[MeetingReport]:
    """The meetings an article feeds: its headline (top-level keys win), others, recalled ones.

    Top-level keys are what a researcher edits first, so they override the headline entry of
    `meetings:` (a name removed from top-level `participants` leaves the headline meeting). They
    describe the headline meeting only (DESIGN), so the other entries keep their own people: a
    session of four around a bilateral of two keeps its four.
    """
    top = set(article.participants)
    listed = values["meetings"]
    reports: list[MeetingReport] = []
    if not listed:
        listed = [{"date": article.date, "venue": article.venue, "country": article.country,
                   "participants": article.participants, "kind": article.kind,
                   "group": values.get("group")}]
    for i, m in enumerate(listed):
        people = [p for p in m["participants"] if p in top] if i == 0 and values["meetings"] else list(
            m["participants"])
        if i == 0:
            extra = [p for p in article.participants
                     if not any(p in other["participants"] for other in listed)]
            people += [p for p in extra if p not in people]
            m = {**m, "date": article.date, "venue": article.venue, "country": article.country,
                 "group": values.get("group") or m.get("group")}
        reports.append(MeetingReport(stem=article.stem, date=m["date"], venue=m["venue"],
                                     country=m["country"], participants=people,
                                     kind=m.get("kind") or article.kind, headline=i == 0,
                                     group=m.get("group")))
    for m in values["recalled"]:
        if not m["participants"]:
            continue
        reports.append(MeetingReport(stem=article.stem, date=m["date"], venue=m["venue"],
                                     country=m["country"], participants=list(m["participants"]),
                                     kind=m.get("kind"), recalled=True, headline=False,
                                     group=m.get("group")))
    return [r for r in reports if r.participants]

