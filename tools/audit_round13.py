"""Round 13's audit: 132 whole articles written by helper sessions that never read the annotator.

    .venv/bin/python tools/audit_round13.py --batch a|b|c|d|e|f|g|h|i|j|k [--show]

Each batch is 12 articles in one register (wire copy, readouts, scraped pages, summits, calls,
messy pastes...) with its gold (tools/audit_round13/gold_<batch>.yaml, the devset's schema). Every
batch was run once before anything was changed for it; those first runs, and what was fixed after,
are in tools/audit_round13/README.md. Scoring is round 11's (tools/audit_round11.py).
"""

from __future__ import annotations

from pathlib import Path

from audit_round11 import main

if __name__ == "__main__":
    main(Path(__file__).resolve().parent / "audit_round13")
