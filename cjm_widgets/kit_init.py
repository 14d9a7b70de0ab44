"""`cjm init DIR --from EXPORT`: a client folder whose kit.yaml is proposed from the export.

The export is copied unchanged into DIR/data/; kit.yaml maps every rating, NPS, CES and open
question it recognises, lists the touchpoints those questions measure, and proposes segment
columns. Each proposal carries a comment saying why, and ``# REVIEW`` where a person should
decide. The file passes load_kit and preflight as written, so `cjm run DIR` works at once.

Both `cjm init` and `cjm init --from` write kit.yaml's comments in the client's language (one
language per client, everywhere); keys, ids and values stay as they are. The template,
kit_template.yaml, keeps its keys once and stays the English text; ``template_text`` swaps each
of its comments (and the wording of its commented-out examples) for the line of the kit's one
word table, labels.py, whose ``en`` is that comment (keys ``kit_tpl_*``). So a new key is written
once, in one file, its translations sit side by side with the other words of the kit, and a test
names any comment the table lacks; three copies of the template would have to be kept in step
by hand. ``REVIEW`` stays the marker in every language: the CLI's message points to it.
"""
from __future__ import annotations

import functools
import json
import re
import shutil
from pathlib import Path
from typing import Optional

from .config import KIT_FILE, TEMPLATE
from .errors import ConfigError, InputError
from .labels import TEXTS, Counted, label, said

TEMPLATE_KEY = "kit_tpl_"  # labels.py keys of the template's comments
# keys of a commented-out example whose value is wording (a name, a question, notes), said in the language
EXAMPLE_KEYS = ("column", "name", "owner", "goals", "actions", "thoughts", "backstage", "kpis", "keywords")
_KEY = r"(?:[\w-]+:|- )"
_PROSE = re.compile(rf"^(#(?:\s+#)?\s+)(?=\S)(?!{_KEY})(.*)$")  # a comment line, or a comment's next line
_TRAILING = re.compile(r'^((?:#\s)?(?:[^"#]|"[^"]*")*?\s)(#\s+)(\S.*)$')  # a key, or a commented-out one, # comment
_EXAMPLE = re.compile(rf"^(#\s+(?:- )?(?:{'|'.join(EXAMPLE_KEYS)}): )(.+)$")


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
    """The kit.yaml text: the proposal, commented in its language, inside the template's other sections."""
    lang = proposal.language
    template = template_text(lang)

    def say(key: str, **params) -> str:
        return label(key, lang, **params)

    lines = [f"# {say('kit_from_title', client=client, file=Path(survey_file).name)}",
             f"# {say('kit_from_review')}",
             f"# {say('kit_tpl_run')}", f"# {say('kit_tpl_run_2')}", "",
             f"client: {_q(client)}",
             f"language: {proposal.language}                  # {say('kit_from_language')}",
             f"stage_model: aidp             # {say('kit_from_stages')}", "",
             f"survey:                       # {_survey_said(survey, lang)}",
             f"  file: {_q(survey_file)}"]
    lines += _optional("respondent_id", proposal.respondent_id, say("kit_from_no_id"), lang)
    lines += _optional("customer_column", proposal.customer_column, say("kit_from_no_customer"), lang)
    lines.append(f"  questions:                  # {say('kit_from_questions')}")
    for q in proposal.questions:
        block = [f"- column: {_q(q.column)}   # {said(q.why, lang)}",
                 f"  touchpoint: {q.touchpoint or 'TOUCHPOINT_ID'}"
                 + (f"   # REVIEW: {said(q.review, lang)}" if q.review else ""),
                 f"  type: {q.type}"]
        if q.scale and q.type != "nps":
            block.append(f"  scale: {_scale(q.scale)}")
        if q.direction:
            block.append(f"  direction: {q.direction}")
        prefix = "    " if q.touchpoint else "  #   "
        lines += [prefix + line for line in block]
    for column in proposal.open_questions:  # each answer is coded to the touchpoints it names, as a quote is
        lines += [f"    - column: {_q(column)}   # {say('kit_from_open')}",
                  "      type: text"]
    lines += _optional("overall", proposal.overall, say("kit_from_no_overall"), lang)
    if proposal.segments:
        lines.append(f"  segments:                   # {say('kit_from_segments')}")
        lines += [f"    - {_q(column)}   # {said(why, lang)}" for column, why in proposal.segments]
    else:
        lines.append(f"  segments: []                # REVIEW: {say('kit_from_no_segments')}")
    lines += ["", *_section(template, "# interviews:", "touchpoints:"),
              f"touchpoints:                  # {say('kit_from_touchpoints')}"]
    for tp in proposal.touchpoints:
        lines += [f"  - id: {tp['id']}   # {said(tp['why'], lang)}",
                  f"    name: {_q(tp['name'])}",
                  f"    stage: {tp['stage']}",
                  f"    channel: {tp['channel']}",
                  f"    online: {'true' if tp['online'] else 'false'}",
                  f"    owner: {_q(tp['owner'])}",
                  f"    reach: {tp['reach']}   # {say('kit_from_reach')}",
                  f"    importance: 3             # REVIEW: {say('kit_tpl_importance')}",
                  f"    keywords: {json.dumps(tp['keywords'], ensure_ascii=False)}   # {say('kit_from_keywords')}"]
    lines += ["", *_section(template, "stages:", "personas:"),
              f"personas:                     # {say('kit_tpl_personas')}",
              f"  method: clusters            # {say('kit_from_method')}",
              f"  columns: []                 # {say('kit_from_columns')}", "  k_min: 2", "  k_max: 6",
              f"  seed: 0                     # {say('kit_tpl_seed')}", f"  min_size: 10                # {say('kit_tpl_min_size')}",
              f"  channel_column: {_q(proposal.channel_column) if proposal.channel_column else 'null'}"
              + (f"   # {say('kit_from_channel')}" if proposal.channel_column else ""), ""]
    return "\n".join(lines)


def template_text(language: Optional[str] = None) -> str:
    """kit_template.yaml with its comments in ``language`` (English by default), and the wording of
    its commented-out examples (a name, a question, a stage's notes); every key, id and value as it is."""
    return "\n".join(_line_in(line, lambda text: _comment(text, language))
                     for line in TEMPLATE.read_text(encoding="utf-8").split("\n"))


def template_comments() -> list[str]:
    """Every text of the template that ``template_text`` says in the language: its comments and its
    examples' wording, as the English template has them (what labels.py must translate)."""
    found: list[str] = []
    for line in TEMPLATE.read_text(encoding="utf-8").split("\n"):
        _line_in(line, lambda text: found.append(text) or text)
    return found


def _line_in(line: str, say) -> str:
    """A template line with each of its texts (its comment, an example's value) replaced by ``say(text)``."""
    prose = _PROSE.match(line)
    if prose:
        return prose[1] + say(prose[2])
    code, comment = line, ""
    trailing = _TRAILING.match(line)
    if trailing:
        code, comment = trailing[1], trailing[2] + say(trailing[3])
    example = _EXAMPLE.match(code.rstrip())
    if example:
        value = example[1] + say(example[2])
        code = (value.ljust(len(code)) if len(value) + 3 <= len(code) else value + "   ") if comment else value
    return code + comment


def _comment(text: str, language: Optional[str]) -> str:
    """One text of the template in ``language``; as written when the table has no line for it."""
    key = _template_keys().get(text)
    return label(key, language) if key else text


@functools.lru_cache(maxsize=1)
def _template_keys() -> dict[str, str]:
    return {texts["en"]: key for key, texts in TEXTS.items() if key.startswith(TEMPLATE_KEY)}


def _survey_said(survey, language: str) -> str:
    return label("kit_from_survey", language, format=survey.format, respondents=Counted(len(survey.rows), "respondent"))


def _optional(key: str, value, missing: str, language: str) -> list[str]:
    if value is None:
        return [f"  {key}: null".ljust(30) + f"# {missing}"]
    column, why = value
    return [f"  {key}: {_q(column)}   # {said(why, language)}"]


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
