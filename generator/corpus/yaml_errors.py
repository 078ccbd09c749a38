"""Where a YAML mistake is and what it is, in words a researcher can act on.

PyYAML reports where it gave up, which for the commonest mistakes (an unclosed quote or bracket,
a key without its ':') is a line or more after the mistake; front matter and registry.yaml
messages both point at the mistake itself.
"""

from __future__ import annotations

import yaml

OPENED_AT_CONTEXT = ("while scanning a quoted scalar", "while scanning a simple key", "while parsing a flow")
"""Errors about something left open (a quote, a bracket, a key without its ':'): PyYAML notices
only on a later line, and the mistake is where the thing was opened (the error's context)."""


def mistake_line(exc: yaml.YAMLError, text: str) -> int | None:
    """The 0-based line of `text` where a researcher should look for a YAML mistake.

    PyYAML's `problem_mark` is where it gave up, which for an unclosed quote or bracket, or a key
    missing its ':', is the next line or the end of the text; its `context_mark` is then where the
    mistake is. For other errors (a bad indent, a tab) `context_mark` is the enclosing mapping,
    often the first line, and `problem_mark` is right. A mark on a blank line or past the end
    (the end of the text) moves back to the last line that holds something.
    """
    context = str(getattr(exc, "context", None) or "")
    marks = [getattr(exc, "problem_mark", None), getattr(exc, "context_mark", None)]
    if context.startswith(OPENED_AT_CONTEXT):
        marks.reverse()
    mark = next((m for m in marks if m is not None), None)
    if mark is None:
        return None
    lines = text.split("\n")
    line = min(int(mark.line), len(lines) - 1)
    while line > 0 and not lines[line].strip():
        line -= 1
    return line


OPENED = {"while scanning a quoted scalar": "a quote opened on this line is not closed",
          "while scanning a simple key": "a key on this line has no ':' after it",
          "while parsing a flow sequence": "a '[' opened on this line is not closed",
          "while parsing a flow mapping": "a '{' opened on this line is not closed",
          "while parsing a flow node": "a '[' or '{' on this line is not closed"}


def mistake_reason(exc: yaml.YAMLError, line_text: str) -> str:
    """What is wrong, in words a researcher knows, with PyYAML's own wording after it."""
    problem = str(getattr(exc, "problem", None) or str(exc).splitlines()[0])
    context = str(getattr(exc, "context", None) or "")
    plain = OPENED.get(context) or next((v for k, v in OPENED.items() if context.startswith(k)), None)
    if plain is None and "mapping values are not allowed" in problem:
        plain = "': ' inside a value, or a key indented under another (quote the value, or align the key)"
    if plain is None and "\t" in line_text and "tab" not in problem and "token" in problem:
        plain = "a tab on this line; YAML is indented with spaces only"
    return f"{plain} ({problem})" if plain else problem
