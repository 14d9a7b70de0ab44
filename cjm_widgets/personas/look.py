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
    """Up to two initials from the words of the persona's name ("Nowi klienci, 25–34 lata" -> "NK"),
    after a "Shoppers:" style prefix when two words follow it; never a digit of an age band ("25–34"
    is no initial) nor a short word such as "on", "z", "с"; "?" for none."""
    def words(text: str) -> list[str]:
        found = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)  # "First-time" is one word
        return [w for w in found if len(w) > 2] or found

    text = name or ""
    found = words(text.split(":", 1)[1]) if ":" in text else []
    found = found if len(found) >= 2 else words(text)
    return "".join(w[0] for w in found[:2]).upper() or "?"


def _hex(color: str) -> str:
    text = (color or "").strip()
    return text.lower() if _HEX.match(text) else ""
