"""The ``out/personas.json`` contract: what other tools may read about the personas."""
from __future__ import annotations

from ..model import Persona, Source


def personas_json(personas: list[Persona]) -> list[dict]:
    """One JSON-able dict per persona: id, name, share (0..1, unrounded so the shares sum to 1),
    size, demographics (each question's most given answer), who (who they are, in sentences), goals,
    frustrations, channels, quote and the quote's source
    ``{file, row | line}`` (None without a quote)."""
    return [{
        "id": p.id,
        "name": p.name,
        "share": p.share,
        "size": p.size,
        "demographics": dict(p.demographics),
        "who": list(p.who),
        "goals": list(p.goals),
        "frustrations": list(p.frustrations),
        "channels": list(p.channels),
        "quote": p.quote,
        "source": _source(p.quote_source) if p.quote else None,
        "edited": list(p.edited),
    } for p in personas]


def _source(source: Source | None) -> dict | None:
    if source is None:
        return None
    found = {"file": source.file}
    for key in ("row", "line", "column", "time"):
        if getattr(source, key) is not None:
            found[key] = getattr(source, key)
    return found
