"""Persona cards as one HTML fragment: offline (inline CSS, no scripts), printable, escaped.

Names, goals and quotes come from respondents and the team, so the template autoescapes
everything and a colour is used only when it is a plain CSS colour.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import jinja2

from ..model import Persona
from .labels import TEXTS, text

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f")
_COLOUR = re.compile(r"^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20})$")


def persona_cards_html(personas: list[Persona], *, language: str = "en") -> str:
    """HTML cards, one per persona, labelled in ``language`` (en, pl, ru)."""
    labels = {key: text(key, language) for key in TEXTS if "{" not in TEXTS[key]["en"]}
    cards = [_card(p, index, labels) for index, p in enumerate(personas)]
    return _template().render(cards=cards, t=labels, language=language)


def persona_color(persona: Persona, index: int) -> str:
    """The team's colour when it is a safe CSS colour, else one from the palette by position."""
    return persona.color if _COLOUR.match(persona.color or "") else PALETTE[index % len(PALETTE)]


def _card(persona: Persona, index: int, t: dict[str, str]) -> dict:
    return {
        "id": persona.id,
        "name": persona.name,
        "color": persona_color(persona, index),
        "avatar": persona.picture or _initials(persona.name),
        "share": f"{100 * persona.share:.0f}%",
        "size": persona.size,
        "edited": bool(persona.edited),
        "definition": _definition(persona.definition),
        "sections": [
            (t["demographics"], [f"{k}: {v}" for k, v in persona.demographics.items()]),
            (t["goals"], persona.goals),
            (t["frustrations"], persona.frustrations),
            (t["channels"], persona.channels),
        ],
        "quote": persona.quote,
        "source": persona.quote_source.label() if persona.quote_source else "",
    }


def _definition(definition: dict) -> str:
    """The rule or cluster centre in one line, e.g. "age: 55+ · order: first"."""
    spec = definition.get("rule") if isinstance(definition.get("rule"), dict) else definition.get("centre")
    parts = [f"{k}: {_value(v)}" for k, v in (spec or {}).items()]
    parts += [f"+ {m.get('name', m.get('id'))}" for m in definition.get("merged", [])]
    return " · ".join(parts)


def _value(value) -> str:
    if value is None:
        return "—"
    return f"{value:g}" if isinstance(value, float) else str(value)


def _initials(name: str) -> str:
    words = re.findall(r"\w+", name.split(":", 1)[-1]) or ["?"]
    return "".join(w[0] for w in words[:2]).upper()


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(Path(__file__).parent), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    return env.get_template("cards.html.j2")
