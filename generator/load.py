"""Read back what the researcher left in `docs/articles/*.md`: the site shows their version.

Every file is parsed on its own; a broken one yields Problems and no Article, and the rest of
the corpus is still built.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator import frontmatter, schema
from generator.model import Article, MeetingReport, Problem
from generator.registry import Registry


def load_articles(articles_dir: Path, registry: Registry) -> tuple[list[Article], list[Problem]]:
    """Parse every article file; names are resolved to canonical registry names."""
    articles: list[Article] = []
    problems: list[Problem] = []
    if not articles_dir.is_dir():
        return articles, problems
    near: dict[str, list[str]] = {}
    for path in sorted(articles_dir.glob("*.md")):
        if path.name == "index.md":
            continue
        article, found = load_article(path, registry, near)
        problems.extend(found)
        if article is not None:
            articles.append(article)
    return articles, problems


def load_article(path: Path, registry: Registry,
                 near: dict[str, list[str]] | None = None) -> tuple[Article | None, list[Problem]]:
    """One article file as the site shows it; `near` memoises "did you mean" names across files."""
    rel = f"docs/articles/{path.name}"
    text, read_problems = frontmatter.read_file(path, rel)
    if text is None:
        return None, read_problems
    parsed = frontmatter.parse(text, rel)
    if parsed.data is None:
        return None, [*read_problems, *parsed.problems]
    values, problems = schema.validate(parsed.data, parsed.lines, rel)
    problems[:0] = read_problems
    problems.extend(_unknown_names(values, parsed.lines, rel, registry, {} if near is None else near))
    canon = _canonical_names(registry)
    for m in [values, *values["meetings"], *values["recalled"]]:
        place = registry.place(m["venue"]) if m.get("venue") else None
        same_country = place is not None and place.country == (m.get("country") or place.country)
        if place is not None and place.name != m["venue"] and same_country:
            m["venue"] = place.name  # "Jiddah" and "Jeddah" are one venue page
    values["participants"] = canon(values["participants"])
    for m in [*values["meetings"], *values["recalled"]]:
        m["participants"] = canon(m["participants"])
    article = Article(
        stem=path.stem, title=values["title"] or path.stem, date=values["date"],
        venue=values["venue"], country=values["country"], participants=values["participants"],
        kind=values["kind"], extra={**{k: v for k, v in parsed.data.items()
                                       if k not in {f.name for f in schema.ARTICLE_FIELDS}},
                                    **{k: values[k] for k in ("split", "conference") if values[k]}})
    article.reports = reports_of(article, values)
    return article, problems


def _canonical_names(registry: Registry):
    def canon(names: list[str]) -> list[str]:
        out: list[str] = []
        for name in names:
            c = registry.canonical(name)
            if c not in out:
                out.append(c)
        return out
    return canon


def _unknown_names(values: dict[str, Any], lines: dict[str, int], rel: str,
                   registry: Registry, suggested: dict[str, list[str]]) -> list[Problem]:
    problems = []
    for name in values["participants"]:
        if registry.person(name) is None:
            # A fuzzy search over every registry name costs tens of milliseconds, and a corpus
            # repeats the same few unknown names ("La Paz") hundreds of times: ask once per name.
            if name not in suggested:
                suggested[name] = registry.suggest(name)
            near = suggested[name]
            hint = f"did you mean {', '.join(near)}?" if near else "add them to registry.yaml"
            problems.append(Problem(rel, f"'{name}' is not in the registry", line=lines.get("participants"),
                                    field="participants", hint=hint, severity="warning"))
    return problems


def reports_of(article: Article, values: dict[str, Any]) -> list[MeetingReport]:
    """The meetings an article feeds: its headline (top-level keys win), others, recalled ones.

    Top-level keys are what a researcher edits first, so they override the headline entry of
    `meetings:`; a name removed from top-level `participants` is removed from every meeting.
    """
    top = set(article.participants)
    listed = values["meetings"]
    reports: list[MeetingReport] = []
    if not listed:
        listed = [{"date": article.date, "venue": article.venue, "country": article.country,
                   "participants": article.participants, "kind": article.kind,
                   "group": values.get("group")}]
    for i, m in enumerate(listed):
        people = [p for p in m["participants"] if p in top] if values["meetings"] else list(m["participants"])
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

