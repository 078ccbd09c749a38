"""Loading the researcher's front matter into the meetings an article reports."""

from __future__ import annotations

from pathlib import Path

from generator.corpus.load import load_article
from generator.corpus.registry import Registry
from tests.conftest import write_article

SESSION = ["Sergey Lavrov", "Qin Gang", "Hossein Amir-Abdollahian", "Hina Rabbani Khar"]


def test_top_level_keys_are_the_headline_meeting_and_other_meetings_keep_their_people(
        tmp_path: Path, registry: Registry) -> None:
    front = {"title": "Talks and a session", "date": "2023-04-13", "venue": "Samarkand",
             "country": "Uzbekistan", "participants": SESSION[:2],
             "meetings": [{"date": "2023-04-13", "venue": "Samarkand", "country": "Uzbekistan",
                           "participants": SESSION[:2], "kind": "bilateral"},
                          {"date": "2023-04-13", "venue": "Samarkand", "country": "Uzbekistan",
                           "participants": SESSION, "kind": "multilateral"}]}
    path = write_article(tmp_path, "a", front)
    article, problems = load_article(path, registry)
    assert article is not None and not [p for p in problems if p.severity == "error"]
    assert [r.participants for r in article.reports] == [SESSION[:2], SESSION]


def test_a_name_removed_from_the_top_level_leaves_the_headline_meeting(tmp_path: Path,
                                                                      registry: Registry) -> None:
    front = {"title": "Talks", "date": "2023-04-13", "venue": "Samarkand", "country": "Uzbekistan",
             "participants": ["Sergey Lavrov"],
             "meetings": [{"date": "2023-04-13", "venue": "Samarkand", "country": "Uzbekistan",
                           "participants": SESSION[:2]},
                          {"date": "2023-04-14", "venue": "Samarkand", "country": "Uzbekistan",
                           "participants": SESSION[1:3]}]}
    article, _ = load_article(write_article(tmp_path, "b", front), registry)
    assert article is not None
    assert [r.participants for r in article.reports] == [["Sergey Lavrov"], SESSION[1:3]]
