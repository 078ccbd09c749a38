"""The compiled templates' shortcuts (plain calls, Python's getattr) keep Jinja's meaning."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from generator.site.render import environment


def render(tmp_path: Path, source: str, **context: object) -> str:
    (tmp_path / "t.html.j2").write_text(source, encoding="utf-8")
    return environment([tmp_path]).get_template("t.html.j2").render(**context)


class Thing:
    name = "thing"

    def greet(self, who: str, punctuation: str = "!") -> str:
        return f"hello {who}{punctuation}"


def test_attributes_fall_back_to_items_then_to_an_error(tmp_path: Path) -> None:
    assert render(tmp_path, "{{ t.name }} {{ d.key }} {{ d.items() | list | length }}",
                  t=Thing(), d={"key": "value"}) == "thing value 1"
    with pytest.raises(jinja2.UndefinedError):
        render(tmp_path, "{{ d.nothing }}", d={})
    with pytest.raises(jinja2.UndefinedError):
        render(tmp_path, "{{ nobody.name }}")


def test_calls_with_keywords_macros_and_caller_blocks(tmp_path: Path) -> None:
    source = ('{% macro box(title) %}[{{ title }}: {{ caller() }}]{% endmacro %}'
              '{% for w in ["a", "b"] %}{{ t.greet(w, punctuation="?") }} {% endfor %}'
              '{% call box("x") %}{{ t.greet(*["c"]) }}{% endcall %}')
    assert render(tmp_path, source, t=Thing()) == "hello a? hello b? [x: hello c!]"


def test_a_global_that_wants_the_context_is_called_jinja_s_way(tmp_path: Path) -> None:
    @jinja2.pass_context
    def page_name(context: jinja2.runtime.Context) -> str:
        return str(context.name)

    env = environment([tmp_path])
    env.globals["page_name"] = page_name
    (tmp_path / "p.html.j2").write_text("{{ page_name() }}", encoding="utf-8")
    assert env.get_template("p.html.j2").render() == "p.html.j2"
