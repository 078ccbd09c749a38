"""Print the registry's gaps: which UN member state had no registered head of state, head of
government or foreign minister on 1 January and 1 July of each year, and which organisation's
head is missing on those days.

    .venv/bin/python tools/registry_coverage.py [--from 2015] [--to 2025] [--summary]

Why: recall on text nobody tuned to rests on the registry knowing who held an office on the
day; a title ('the Malian foreign minister') resolves to no one when the holder is missing.
The gaps this prints are what a registry round should fill (with entries one is sure of).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter

from generator.corpus.registry import Registry, load_registry

UN_MEMBERS = (
    "AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM "
    "CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA "
    "GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP KR KW KG "
    "LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL "
    "NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL "
    "SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY "
    "UZ VU VE VN YE ZM ZW").split()
"""The 193 UN member states by ISO 3166 alpha-2 code."""
STATE_ROLES = ("head_of_state", "head_of_government", "foreign_minister")
REALMS = frozenset("AG AU BS BZ CA GD JM NZ PG KN LC VC SB TV GB".split())
"""Commonwealth realms: their head of state is the British monarch, registered for the United
Kingdom only (a text's 'the Australian head of state' names nobody a meeting would have)."""
ORGANISATION_HEADS = {
    # organisation as the registry's role country -> words its head's title has
    "United Nations": "secretary-general",
    "European Union": "high representative",
    "NATO": "secretary general",
    "African Union": "chairperson",
    "Arab League": "secretary-general",
    "Gulf Cooperation Council": "secretary-general",
}
"""Organisations entered among the countries, and a word of their head's registered title."""
TITLED_HEADS = (
    "Secretary-General of the Organisation of Islamic Cooperation", "Secretary-General of ASEAN",
    "Secretary-General of the Shanghai Cooperation Organisation", "Secretary General of the OSCE",
    "Director General of the IAEA", "Director-General of the World Health Organization",
    "Managing Director of the International Monetary Fund", "President of the World Bank",
    "President of the European Commission", "President of the European Council",
)
"""Heads of organisations the registry enters under a person's own country: looked for by title."""


def days(first: int, last: int) -> list[dt.date]:
    return [dt.date(y, m, 1) for y in range(first, last + 1) for m in (1, 7)]


def state_gaps(reg: Registry, when: list[dt.date]) -> list[tuple[str, str, dt.date]]:
    """(country, role, day) with no registered holder; a country the registry lacks is one row."""
    out = []
    for iso in UN_MEMBERS:
        country = reg.country_by_iso(iso)
        if country is None:
            out += [(iso, "country missing", day) for _ in STATE_ROLES for day in when]
            continue
        for role in STATE_ROLES:
            if role == "head_of_state" and iso in REALMS and iso != "GB":
                continue
            for day in when:
                if not reg.holders(country.name, role, day) and not _shared_office(reg, country.name,
                                                                                  role, day):
                    out.append((country.name, role, day))
    return out


def _shared_office(reg: Registry, country: str, role: str, day: dt.date) -> bool:
    """A president who heads the government too ('head_of_government: [President]') counts for
    both offices when the registry gives them only one."""
    titles = reg.countries[country].titles
    if role == "head_of_government" and titles.get("head_of_government") == titles.get("head_of_state"):
        return bool(reg.holders(country, "head_of_state", day))
    return False


def organisation_gaps(reg: Registry, when: list[dt.date]) -> list[tuple[str, str, dt.date]]:
    out = []
    for org, word in ORGANISATION_HEADS.items():
        for day in when:
            if not any(word in r.title.lower() for p in reg.holders(org, "other", day)
                       for r in reg.roles_on(p, day) if r.country == org):
                out.append((org, word, day))
    heads = [(r.title, r) for p in reg.people.values() for r in p.roles if r.role == "other"]
    for title in TITLED_HEADS:
        for day in when:
            if not any(t.lower() == title.lower() and r.held_on(day) for t, r in heads):
                out.append(("(organisation)", title, day))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="first", type=int, default=2015)
    ap.add_argument("--to", dest="last", type=int, default=2025)
    ap.add_argument("--summary", action="store_true", help="counts only")
    args = ap.parse_args()
    reg, _ = load_registry(None)
    when = days(args.first, args.last)
    gaps = state_gaps(reg, when) + organisation_gaps(reg, when)
    if not args.summary:
        for who, role, day in sorted(set(gaps), key=lambda g: (g[0], g[1], g[2])):
            print(f"{who}\t{role}\t{day}")
    checked = (len(UN_MEMBERS) * len(STATE_ROLES) - len(REALMS) + 1) * len(when)
    states = [g for g in gaps if g[0] != "(organisation)" and g[0] not in ORGANISATION_HEADS]
    by_role = Counter(role for _, role, _ in states)
    print(f"# state offices: {checked - len(states)} of {checked} (country, office, day) known; "
          f"gaps by office: {dict(by_role)}")
    print(f"# organisation heads: {len(gaps) - len(states)} gaps of "
          f"{(len(ORGANISATION_HEADS) + len(TITLED_HEADS)) * len(when)}")


if __name__ == "__main__":
    main()
