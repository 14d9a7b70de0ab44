"""Persona cards as one HTML fragment: offline (inline CSS, no scripts), printable, escaped.

Names, goals and quotes come from respondents and the team, so the template autoescapes
everything; colour and initials come from ``look`` so a card matches the map and the editor.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

from ..labels import count, label, language_of, percent
from ..model import Persona
from .look import initials, persona_colors
from .roles import question_labels
from .segment import NO_ANSWER, range_prefix
from .words import criterion

CARD_LABELS = ("personas", "card_share", "demographics", "persona_goals", "frustrations", "channels",
               "card_quote", "card_source", "card_definition", "card_edited", "card_none", "card_no_frustration")


def persona_cards_html(personas: list[Persona], *, language: str = "en") -> str:
    """HTML cards, one per persona, labelled in ``language`` (en, pl, ru)."""
    language = language_of(language)
    labels = {key.removeprefix("card_"): label(key, language) for key in CARD_LABELS}
    colours = persona_colors(personas)
    cards = [_card(p, colours[p.id], labels, language) for p in personas]
    return _template().render(cards=cards, t=labels, language=language)


def _card(persona: Persona, colour: str, t: dict[str, str], language: str) -> dict:
    return {
        "id": persona.id,
        "name": persona.name,
        "color": colour,
        "avatar": persona.picture or initials(persona.name),
        "share": percent(persona.share, language),
        "size": count(persona.size, "respondent", language),
        "edited": bool(persona.edited),
        "definition": _definition(persona.definition, language),
        "sections": [  # (title, items, what an empty one says)
            # who they are in sentences; a persona the team made by hand may only have its answers
            (t["demographics"], persona.who or [f"{k}: {v}" for k, v in persona.demographics.items()], t["none"]),
            (t["persona_goals"], persona.goals, t["none"]),
            # goals without frustrations: the evidence is there, it just holds nothing that hurts
            (t["frustrations"], persona.frustrations, t["no_frustration"] if persona.goals else t["none"]),
            (t["channels"], persona.channels, t["none"]),
        ],
        "quote": label("quoted", language, text=persona.quote) if persona.quote else "",  # „…”, «…»
        "source": persona.quote_source.label(language) if persona.quote_source else "",
    }


def _definition(definition: dict, language: str = "en") -> str:
    """The rule or cluster centre in one line, e.g. "Age: 55+ · Returning customers": each answer as
    words.criterion says it, after its question's label (roles.question_labels), not its raw header."""
    spec = definition.get("rule") if isinstance(definition.get("rule"), dict) else definition.get("centre")
    asked = question_labels(list(spec or {}), language)
    parts = [criterion(k, _value(k, v, language), asked[k], language) for k, v in (spec or {}).items()]
    parts += [f"+ {m.get('name', m.get('id'))}" for m in definition.get("merged", [])]
    return " · ".join(parts)


def _value(column, value, language: str) -> str:
    """An answer of a rule or centre as written: a number's range without the rule's "question: "
    prefix (segment.range_prefix), "no answer" for none."""
    if value is None or value == f"{range_prefix(column)}{NO_ANSWER}":
        return label("no_answer", language)
    return f"{value:g}" if isinstance(value, float) else str(value).removeprefix(range_prefix(column))


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(Path(__file__).parent), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    return env.get_template("cards.html.j2")
