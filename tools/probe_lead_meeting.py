"""Round 10's probe of meetings told in forms the meeting rules may not read (issue 13, item 1).

    .venv/bin/python tools/probe_lead_meeting.py [--show]

Each case is an article we wrote (no development-set text): real office-holders inside their
terms who plainly met, told with 'discussed', 'a working dinner', 'inked a deal', 'co-chaired
the joint commission', 'the two sides' and the like. Prints, per form, whether the annotator
found the meeting's people, day and venue, and whether the result is queued for review.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.annotate import Annotator  # noqa: E402
from generator.config import REVIEW_THRESHOLD  # noqa: E402
from generator.corpus.registry import load_registry  # noqa: E402
from generator.model import SourceDoc  # noqa: E402

D = dt.date
CASES: list[tuple[str, str, dt.date, set[str], str | None, str | None]] = [
    # (form, text, published, participants, date, venue)
    ("discussed", "Jaishankar, Wong discuss Indo-Pacific\n\nNEW DELHI, March 10 (Wire) - Indian "
     "External Affairs Minister S. Jaishankar and Australian Foreign Minister Penny Wong discussed "
     "maritime security and critical minerals on Friday, officials said.",
     D(2023, 3, 11), {"S. Jaishankar", "Penny Wong"}, "2023-03-10", "New Delhi"),
    ("reviewed", "Ministers review ties\n\nANKARA - Turkish Foreign Minister Hakan Fidan and his "
     "Italian counterpart Antonio Tajani on Tuesday reviewed the state of bilateral relations and "
     "the situation in Libya.", D(2023, 12, 6), {"Hakan Fidan", "Antonio Tajani"}, "2023-12-05",
     "Ankara"),
    ("exchanged views", "BEIJING, June 7 - Wang Yi and Penny Wong exchanged views on regional "
     "issues, the Chinese foreign ministry said in a readout.", D(2023, 6, 8),
     {"Wang Yi", "Penny Wong"}, "2023-06-07", "Beijing"),
    ("conferred", "Blinken and Kuleba confer in Kyiv\n\nKYIV - U.S. Secretary of State Antony "
     "Blinken conferred with Ukrainian Foreign Minister Dmytro Kuleba on Wednesday on air defence.",
     D(2023, 9, 7), {"Antony Blinken", "Dmytro Kuleba"}, "2023-09-06", "Kyiv"),
    ("held consultations", "MOSCOW, Feb 2 - Russian Foreign Minister Sergey Lavrov and Turkish "
     "Foreign Minister Mevlüt Çavuşoğlu held consultations on Syria today.", D(2021, 2, 2),
     {"Sergey Lavrov", "Mevlüt Çavuşoğlu"}, "2021-02-02", "Moscow"),
    ("working breakfast", "Menu | News | Contact\n\nPARIS, 14 April 2023\n\nMinister Catherine "
     "Colonna hosted Annalena Baerbock for a working breakfast at the Quai d'Orsay this morning, "
     "focusing on Ukraine.\n\nShare this page | Print", D(2023, 4, 14),
     {"Catherine Colonna", "Annalena Baerbock"}, "2023-04-14", "Paris"),
    ("working dinner", "Working dinner in Berlin\n\nBERLIN - Annalena Baerbock and James Cleverly "
     "sat together over a working dinner on Monday evening to talk about Ukraine.",
     D(2023, 1, 31), {"Annalena Baerbock", "James Cleverly"}, "2023-01-30", "Berlin"),
    ("signed agreement", "PRETORIA, 22 August 2023 - Naledi Pandor and S. Jaishankar signed an "
     "agreement on visa facilitation today.", D(2023, 8, 22), {"Naledi Pandor", "S. Jaishankar"},
     "2023-08-22", "Pretoria"),
    ("inked a deal", "Tajani, Fidan ink trade deal\n\nROME - Italy's Antonio Tajani and Turkey's "
     "Hakan Fidan inked a deal on Thursday to raise trade to $30 billion.", D(2024, 2, 2),
     {"Antonio Tajani", "Hakan Fidan"}, "2024-02-01", "Rome"),
    ("co-chaired joint commission", "NEW DELHI - External Affairs Minister S. Jaishankar and "
     "Foreign Minister Penny Wong co-chaired the 14th India-Australia Foreign Ministers' Framework "
     "Dialogue on Monday.", D(2024, 11, 20), {"S. Jaishankar", "Penny Wong"}, "2024-11-18",
     "New Delhi"),
    ("first round dialogue", "ISLAMABAD - Shah Mehmood Qureshi and Wang Yi launched the first "
     "round of the strategic dialogue in Islamabad on Saturday.", D(2019, 9, 9),
     {"Shah Mehmood Qureshi", "Wang Yi"}, "2019-09-07", "Islamabad"),
    ("agreed to", "BERLIN, May 3 - Olaf Scholz and Emmanuel Macron agreed to deepen defence "
     "cooperation, their offices said on Wednesday.", D(2023, 5, 3),
     {"Olaf Scholz", "Emmanuel Macron"}, "2023-05-03", "Berlin"),
    ("the two sides", "Lavrov in Beijing\n\nBEIJING, April 1 - Sergey Lavrov and Wang Yi spent the "
     "day in the Chinese capital. The two sides focused on energy and trade.",
     D(2022, 4, 1), {"Sergey Lavrov", "Wang Yi"}, "2022-04-01", "Beijing"),
    ("during the visit", "During the visit of Hakan Fidan to Rome on Tuesday, Antonio Tajani and "
     "Fidan focused on migration.", D(2024, 3, 6), {"Hakan Fidan", "Antonio Tajani"},
     "2024-03-05", "Rome"),
    ("inaugurated", "NEW DELHI - Narendra Modi and Anthony Albanese inaugurated a new trade "
     "centre in New Delhi on Saturday.", D(2023, 3, 12), {"Narendra Modi", "Anthony Albanese"},
     "2023-03-11", "New Delhi"),
    ("launched", "CANBERRA - Penny Wong and Antony Blinken launched a critical minerals "
     "partnership in Canberra on Friday.", D(2023, 7, 30), {"Penny Wong", "Antony Blinken"},
     "2023-07-28", "Canberra"),
    ("joint statement", "A joint statement issued after the discussions of Sergey Lavrov and "
     "Mevlüt Çavuşoğlu in Sochi on Thursday called for a ceasefire.", D(2020, 10, 2),
     {"Sergey Lavrov", "Mevlüt Çavuşoğlu"}, "2020-10-01", "Sochi"),
    ("caption", "Photo: Foreign Minister Penny Wong with Chinese Foreign Minister Wang Yi in "
     "Beijing, 20 December 2022.", D(2022, 12, 21), {"Penny Wong", "Wang Yi"}, "2022-12-20",
     "Beijing"),
    ("short brief", "Kuleba, Baerbock in Kyiv. Dmytro Kuleba and Annalena Baerbock walked "
     "through the city centre on Monday.", D(2023, 1, 10), {"Dmytro Kuleba", "Annalena Baerbock"},
     "2023-01-09", "Kyiv"),
    ("readout", "Readout\n\n14 September 2022\n\nMinister Naledi Pandor and Secretary Antony "
     "Blinken today addressed bilateral cooperation in health and energy in Pretoria.",
     D(2022, 9, 14), {"Naledi Pandor", "Antony Blinken"}, "2022-09-14", "Pretoria"),
    ("opened", "ANKARA - Hakan Fidan and Sergey Lavrov opened a new consulate building in Ankara "
     "on Monday.", D(2024, 5, 7), {"Hakan Fidan", "Sergey Lavrov"}, "2024-05-06", "Ankara"),
    ("tackled", "MOSCOW, Jan 18 (Wire) - Sergey Lavrov and Naledi Pandor on Tuesday tackled grain "
     "exports and the war in Ukraine.", D(2022, 1, 19), {"Sergey Lavrov", "Naledi Pandor"},
     "2022-01-18", "Moscow"),
    ("at the ministry", "BERLIN - Annalena Baerbock welcomed Catherine Colonna's visit. Baerbock "
     "and Colonna stood before reporters at the ministry on Friday.", D(2022, 6, 11),
     {"Annalena Baerbock", "Catherine Colonna"}, "2022-06-10", "Berlin"),
    ("lunch", "ROME - Antonio Tajani and Catherine Colonna lunched together in Rome on Thursday.",
     D(2023, 2, 3), {"Antonio Tajani", "Catherine Colonna"}, "2023-02-02", "Rome"),
]
GUARDS: list[tuple[str, str, dt.date]] = [
    ("op-ed", "Opinion | Why Europe must act\n\nAnnalena Baerbock has long argued for a tougher "
     "line; Catherine Colonna has said much the same in speeches. Both are right.", D(2023, 3, 1)),
    ("trip next month", "Lavrov to travel to Ankara\n\nSergey Lavrov plans to visit Ankara next "
     "month, where Hakan Fidan is expected to host him.", D(2024, 1, 5)),
    ("reshuffle", "Cabinet reshuffle\n\nThe new cabinet includes Olaf Scholz as chancellor and "
     "Annalena Baerbock at the foreign ministry, the coalition announced.", D(2021, 12, 7)),
    ("separate matters", "Sergey Lavrov criticised sanctions on Monday.\n\nIn a separate "
     "development, Wang Yi praised a harvest in Yunnan.", D(2022, 5, 3)),
    ("obituary", "Tributes paid\n\nNaledi Pandor paid tribute to the late Shinzo Abe, and S. "
     "Jaishankar mourned his death.", D(2022, 7, 9)),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true", help="print every failing case")
    args = parser.parse_args()
    annotator = Annotator(load_registry(None)[0])
    ok = 0
    for form, text, published, people, date, venue in CASES:
        ann = annotator.annotate(SourceDoc("t", Path("t.txt"), text, text.split("\n")[0], published, "x"))
        got = set(ann.participants) == people
        queued = all(e.confidence < REVIEW_THRESHOLD for e in ann.evidence.values())
        ok += got
        print(f"{'ok ' if got else 'NO '} {form:30} date {str(ann.date == D.fromisoformat(date))[0]} "
              f"venue {str(ann.venue == venue)[0]} queued {str(queued)[0]}"
              + (f"  got {sorted(ann.participants)} {ann.date} {ann.venue}" if args.show else ""))
    print(f"forms read: {ok}/{len(CASES)}")
    kept = 0
    for form, text, published in GUARDS:
        ann = annotator.annotate(SourceDoc("t", Path("t.txt"), text, text.split("\n")[0], published, "x"))
        kept += not ann.participants
        print(f"{'ok ' if not ann.participants else 'NO '} guard {form:24} {ann.participants}")
    print(f"guards kept empty: {kept}/{len(GUARDS)}")


if __name__ == "__main__":
    main()
