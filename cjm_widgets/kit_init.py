"""`cjm init DIR --from EXPORT`: a client folder whose kit.yaml is proposed from the export.

The export is copied unchanged into DIR/data/; kit.yaml maps every rating, NPS, CES and open
question it recognises, lists the touchpoints those questions measure, and proposes segment
columns. Each proposal carries a comment saying why, and ``# REVIEW`` where a person should
decide. The file passes load_kit and preflight as written, so `cjm run DIR` works at once.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Optional

from .config import KIT_FILE, TEMPLATE
from .errors import ConfigError, InputError


def init_from_export(client_dir, export, *, language: Optional[str] = None, client: str = "") -> Path:
    """Copy ``export`` into DIR/data/ and write DIR/kit.yaml for it; never overwrites."""
    from .survey import read_survey
    from .survey.propose import propose_kit

    root, export = Path(client_dir), Path(export)
    path = root / KIT_FILE
    if path.exists():
        raise ConfigError(path, key="err_exists")
    if not export.is_file():
        raise InputError(export, "file not found.", fix="Give the path of the survey export after --from.")
    survey = read_survey(export)
    proposal = propose_kit(survey, language)
    target = root / "data" / export.name
    if target.exists() and target.read_bytes() != export.read_bytes():
        raise ConfigError(target, "already exists with other content.", fix="Choose a new directory.")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(export, target)
    text = kit_text(proposal, f"data/{export.name}", client or root.resolve().name, survey)
    path.write_text(text, encoding="utf-8")
    return path


def kit_text(proposal, survey_file: str, client: str, survey) -> str:
    """The kit.yaml text: the proposal, commented, inside the template's other sections."""
    template = TEMPLATE.read_text(encoding="utf-8")
    lines = [f"# kit.yaml — {client}, proposed by `cjm init --from {Path(survey_file).name}` from the survey export.",
             "# Every proposal says why in a comment; lines marked REVIEW need a person's decision.",
             "# `cjm run THIS_DIR` reads this file, the raw files under data/ (never changed by the kit)",
             "# and the workshop's edits in journey.json, and rebuilds everything under out/.", "",
             f"client: {_q(client)}",
             f"language: {proposal.language}                  # en | pl | ru — labels, stage names, text scoring",
             "stage_model: aidp             # awareness, interest, consideration, decision, post_purchase", "",
             f"survey:                       # {survey.format} export, {len(survey.rows)} respondents",
             f"  file: {_q(survey_file)}"]
    lines += _optional("respondent_id", proposal.respondent_id, "no id column: the row number identifies a respondent")
    lines += _optional("customer_column", proposal.customer_column, "no e-mail or customer id column")
    lines.append("  questions:                  # which survey column measures which touchpoint")
    for q in proposal.questions:
        block = [f"- column: {_q(q.column)}   # {q.why}",
                 f"  touchpoint: {q.touchpoint or 'TOUCHPOINT_ID'}" + (f"   # REVIEW: {q.review}" if q.review else ""),
                 f"  type: {q.type}"]
        if q.scale and q.type != "nps":
            block.append(f"  scale: {_scale(q.scale)}")
        if q.direction:
            block.append(f"  direction: {q.direction}")
        prefix = "    " if q.touchpoint else "  #   "
        lines += [prefix + line for line in block]
    for column in proposal.open_questions:  # each answer is coded to the touchpoints it names, as a quote is
        lines += [f"    - column: {_q(column)}   # open question: each answer scores the touchpoints it names",
                  "      type: text"]
    lines += _optional("overall", proposal.overall, "no NPS or overall-satisfaction question found")
    if proposal.segments:
        lines.append("  segments:                   # who answered; used to build personas")
        lines += [f"    - {_q(column)}   # {why}" for column, why in proposal.segments]
    else:
        lines.append("  segments: []                # REVIEW: no choice question to build personas from")
    lines += ["", *_section(template, "# interviews:", "touchpoints:"),
              "touchpoints:                  # the touchpoints the questions measure, in journey order"]
    for tp in proposal.touchpoints:
        lines += [f"  - id: {tp['id']}   # {tp['why']}",
                  f"    name: {_q(tp['name'])}",
                  f"    stage: {tp['stage']}",
                  f"    channel: {tp['channel']}",
                  f"    online: {'true' if tp['online'] else 'false'}",
                  f"    owner: {_q(tp['owner'])}",
                  f"    reach: {tp['reach']}   # share of respondents who answered its question",
                  "    importance: 3             # REVIEW: 1..5, as the team sees it",
                  f"    keywords: {json.dumps(tp['keywords'], ensure_ascii=False)}   # tie interview quotes to it"]
    lines += ["", *_section(template, "stages:", "personas:"), "personas:                     # how respondents are "
              "grouped into personas", "  method: clusters            # clusters (k chosen by silhouette) | rules",
              "  columns: []                 # empty = survey.segments", "  k_min: 2", "  k_max: 6",
              "  seed: 0                     # same seed, same personas", "  min_size: 10",
              f"  channel_column: {_q(proposal.channel_column) if proposal.channel_column else 'null'}"
              + ("   # the question about where they heard of the shop" if proposal.channel_column else ""), ""]
    return "\n".join(lines)


def _optional(key: str, value, missing: str) -> list[str]:
    if value is None:
        return [f"  {key}: null".ljust(30) + f"# {missing}"]
    column, why = value
    return [f"  {key}: {_q(column)}   # {why}"]


def _section(template: str, start: str, end: str) -> list[str]:
    """The template's lines from the one starting with ``start`` up to the one starting with ``end``."""
    lines = template.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith(start))
    last = next(i for i, line in enumerate(lines) if i > first and line.startswith(end))
    return lines[first:last]


def _scale(scale) -> str:
    low, high = scale
    return f"{int(high)}" if low == 1 else f"[{low:g}, {high:g}]"


def _q(text: str) -> str:
    """A YAML scalar in double quotes (JSON's escapes are YAML's)."""
    return json.dumps(str(text), ensure_ascii=False)
