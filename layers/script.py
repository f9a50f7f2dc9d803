"""Text that goes into a map's script: script-safe JSON, and script added as it is.

Every value a map's elements write into the page's ``<script>`` passes through
:func:`script_json`; script text the project writes itself goes in through :class:`Raw`,
never through Jinja (branca renders an element's text as a template).
"""

from __future__ import annotations

import json
import re

from branca.element import Element

__all__ = ["Raw", "script_json"]

# ``{`` before ``{``, ``%`` or ``#`` opens a Jinja tag; in JSON it can only be in a string.
_JINJA_OPEN = re.compile(r"\{(?=[{%#])")


def script_json(value) -> str:
    """JSON that is safe inside ``<script>``: no ``</script>``, no line separators, and no
    Jinja tag openers (``{{``), in case any step of the rendering treats it as a template.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = _JINJA_OPEN.sub(r"\\u007b", text)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):  # fmt: skip
        text = text.replace(raw, escaped)
    return text


class Raw(Element):
    """Script text added to the page as it is (branca would parse it as a Jinja template)."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text
