"""How a persona is recognised at a glance: one colour and one set of initials everywhere.

The map, its figure, the persona cards and the editor all call these, so a persona keeps the same
colour and the same initials wherever the team sees it.
"""
from __future__ import annotations

import itertools
import re

# Personas without a colour of their own get one of these (colour-blind safe, Okabe-Ito).
PERSONA_PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000")
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


def persona_colors(personas) -> dict[str, str]:
    """Persona id -> colour: the persona's own if it is a plain hex colour, else an unused palette one.

    The colour goes into style attributes and SVG, so anything but ``#rgb``/``#rrggbb`` is refused.
    """
    own = {p.id: _hex(p.color) for p in personas}
    spare = itertools.cycle([c for c in PERSONA_PALETTE if c not in own.values()] or PERSONA_PALETTE)
    return {persona.id: own[persona.id] or next(spare) for persona in personas}


def initials(name: str) -> str:
    """Up to two initials from the persona's name, ignoring a "Shoppers:" style prefix; "?" for none."""
    words = re.findall(r"\w+", (name or "").split(":", 1)[-1]) or re.findall(r"\w+", name or "") or ["?"]
    return "".join(w[0] for w in words[:2]).upper()


def _hex(color: str) -> str:
    text = (color or "").strip()
    return text.lower() if _HEX.match(text) else ""
