"""A kit.yaml mapping proposed from a survey export: which question measures which touchpoint.

Rating, NPS, CES and open questions come from the reader's types; touchpoints from the wording,
through the touchpoint catalogue (touchpoint_catalogue.yaml, EN/PL/RU), or, for an export of
one of the kit's own templates, from its codebook. Each proposal says why; an uncertain one
(two touchpoints almost equally likely, or only weak words) is marked for review.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import yaml

from ..labels import Counted, Integer, phrase
from .codebook import available_codebooks, load_codebook, template_questions
from .scales import norm
from .types import Survey

CATALOGUE = Path(__file__).with_name("touchpoint_catalogue.yaml")
RATINGS = ("likert", "csat", "ces", "nps")
WEAK = 0.5  # score of a weak word; a strong pattern scores 1 per word
CLOSE = 0.75  # a runner-up with this share of the best score makes the proposal uncertain
MAX_SEGMENT_OPTIONS = 12
_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_EFFORT = re.compile(r"effort|wysił|усили|aufwand")
_CHANNEL = re.compile(r"hear about|find out about|found out about|learn about|skąd|dowiedzia|откуда|узнали|узнал")
_OVERALL = re.compile(r"overall|in general|ogóln|ogolem|в целом|общем|insgesamt")
_CUSTOMER_ID = re.compile(r"customer (id|number)|client id|nr klienta|numer klienta|id klienta|id клиента"
                          r"|номер клиента")
_EMAIL = r"^[^@\s]+@[^@\s]+\.\w+$"


@dataclass
class Entry:
    """One catalogue touchpoint: its patterns per language, compiled."""

    id: str
    stage: str
    channel: str
    owner: dict[str, str]
    online: bool
    name: dict[str, str]
    keywords: dict[str, list[str]]
    patterns: list[tuple[tuple[str, ...], float]]  # (words with alternatives, score per word)


@dataclass
class QuestionProposal:
    column: str
    type: str
    touchpoint: Optional[str]
    scale: Optional[tuple[float, float]] = None
    direction: Optional[str] = None
    why: str = ""
    review: str = ""  # why a person should look at it; "" when the proposal is sure


@dataclass
class KitProposal:
    language: str
    questions: list[QuestionProposal]
    touchpoints: list[dict]  # id, name, stage, channel, online, owner, reach, keywords, why
    overall: Optional[tuple[str, str]] = None  # (column, why)
    segments: list[tuple[str, str]] = field(default_factory=list)
    channel_column: Optional[str] = None
    respondent_id: Optional[tuple[str, str]] = None
    customer_column: Optional[tuple[str, str]] = None
    open_questions: list[str] = field(default_factory=list)  # text answers tied to no touchpoint


@functools.lru_cache(maxsize=1)
def catalogue() -> list[Entry]:
    entries = []
    for raw in yaml.safe_load(CATALOGUE.read_text(encoding="utf-8")):
        patterns = {(tuple(norm(p).split()), 1.0): None for words in raw["match"].values() for p in words}
        patterns.update({(tuple(norm(p).split()), WEAK): None for words in (raw.get("weak") or {}).values()
                         for p in words})  # a pattern shared by two languages counts once
        entries.append(Entry(raw["id"], raw["stage"], raw["channel"], raw.get("owner") or {},
                             bool(raw.get("online", True)), raw["name"], raw["keywords"], list(patterns)))
    return entries


def guess_language(survey: Survey) -> str:
    """ru when the headers are Cyrillic, pl when they hold Polish letters or words, else en."""
    text = " ".join(q.text for q in survey.questions)
    if len(re.findall(r"[а-яё]", text, re.I)) > 20:
        return "ru"
    if re.search(r"[ąćęłńśźż]|\b(jak|czy|się|nasz\w*)\b", text, re.I):
        return "pl"
    return "en"


def match_touchpoint(text: str) -> list[tuple[float, Entry, list[str]]]:
    """Catalogue entries the wording names, best first: (score, entry, matched words)."""
    words = _TOKEN.findall(norm(text).replace("’", "'"))
    tokens = set(words) | {part for word in words for part in re.split(r"[-'’]", word)}  # email-рассылка
    found = []
    for entry in catalogue():
        score, words = 0.0, []
        for pattern, weight in entry.patterns:
            hits = [_hit(part, tokens) for part in pattern]
            if all(hits):
                score += weight * len(pattern)
                words.append(" ".join(dict.fromkeys(hits)))
        if score:
            found.append((score, entry, words))
    return sorted(found, key=lambda f: -f[0])


def _hit(part: str, tokens: set[str]) -> Optional[str]:
    """The token that one pattern word (``a|b``, ``stem*``) matches, or None."""
    for option in part.split("|"):
        if option.endswith("*"):
            hit = next((t for t in sorted(tokens) if t.startswith(option[:-1])), None)
        else:
            hit = option if option in tokens else None
        if hit:
            return hit
    return None


def propose_kit(survey: Survey, language: Optional[str] = None) -> KitProposal:
    """Everything `cjm init --from` writes into kit.yaml, each item with the reason for it."""
    language = language or guess_language(survey)
    templates = {entry["column"]: entry for entry in template_questions(survey)}
    proposal = KitProposal(language=language, questions=[], touchpoints=[])
    answered: dict[str, int] = {}  # touchpoint id -> most answers to one of its questions
    touchpoints: dict[str, dict] = {}
    for q in survey.questions:
        if q.type == "nps" and proposal.overall is None:
            proposal.overall = (q.column, phrase("prop_nps_overall"))
            continue
        rating = _as_question(survey, q)
        if rating is None:
            continue
        q, numeric = rating
        found, touchpoint = (_template_proposal(q, templates[q.column], language) if q.column in templates
                             else _catalogue_proposal(q, language, numeric))
        if found is None:
            continue  # a number that names no touchpoint is no rating we can place
        if found.touchpoint is None and found.type == "text":
            proposal.open_questions.append(q.column)
            continue
        if q.type == "nps":
            found.review = found.review or phrase("prop_second_nps")
        proposal.questions.append(found)
        if touchpoint:
            touchpoints.setdefault(touchpoint["id"], touchpoint)
            answered[touchpoint["id"]] = max(answered.get(touchpoint["id"], 0), q.n)
    order = {e.id: i for i, e in enumerate(catalogue())}
    for tp_id in sorted(touchpoints, key=lambda t: order.get(t, len(order))):
        reach = round(answered[tp_id] / max(len(survey.rows), 1), 2)
        proposal.touchpoints.append({**touchpoints[tp_id], "reach": reach})
    _without_unused_keywords(proposal.touchpoints, language)
    if proposal.overall is None:
        overall = next((q for q in survey.questions if q.type in ("csat", "likert") and _OVERALL.search(norm(q.text))),
                       None)
        if overall:
            proposal.overall = (overall.column, phrase("prop_overall"))
    _who_answered(survey, proposal)
    return proposal


def _as_question(survey: Survey, q):
    """(question, read as a number?) for a rating or open question; a 1..N number column counts
    as a likert rating; None for anything else."""
    if q.type == "number" and _rating_like(survey, q):
        top = next(k for k in (5, 7, 10) if _top(survey, q) <= k)
        return dataclasses.replace(q, type="likert", scale=(1, top)), True
    if q.type in RATINGS + ("text",) and q.n:
        return q, False
    return None


def _rating_like(survey: Survey, q) -> bool:
    """Whole-number answers from 1 up to 5, 7 or 10: a rating whose wording has no rating word."""
    answers = survey.frame[q.column].dropna()
    return bool(len(answers)) and bool((answers == answers.round()).all()) and answers.min() >= 1 \
        and _top(survey, q) <= 10 and answers.nunique() >= 2


def _top(survey: Survey, q) -> float:
    return float(survey.frame[q.column].max())


def _template_proposal(q, mapped: dict, language: str) -> tuple[QuestionProposal, Optional[dict]]:
    """The codebook's mapping of a kit template question (an open one without touchpoint stays open)."""
    if not mapped.get("touchpoint"):
        return QuestionProposal(q.column, "text", None), None
    scale = (1, mapped["scale"]) if mapped.get("scale") else q.scale
    found = QuestionProposal(q.column, mapped["type"], mapped["touchpoint"], scale, mapped.get("direction"),
                             why=phrase("prop_template_question", question=mapped["question"]))
    tp = _template_touchpoints().get(found.touchpoint, {})
    touchpoint = {"id": found.touchpoint, "stage": mapped["stage"], "channel": tp.get("channel", "website"),
                  "name": (tp.get("name") or {}).get(language) or found.touchpoint, "online": True, "owner": "",
                  "keywords": [], "why": phrase("prop_from_template", question=mapped["question"])}
    return found, touchpoint


@functools.lru_cache(maxsize=1)
def _template_touchpoints() -> dict[str, dict]:
    return {tp["id"]: tp for name in available_codebooks() for tp in load_codebook(name).touchpoints}


def _catalogue_proposal(q, language: str, numeric: bool) -> tuple[Optional[QuestionProposal], Optional[dict]]:
    """The catalogue touchpoint the wording names; for a number column only when it names one."""
    found, entry = _catalogue_match(q)
    if numeric:
        if entry is None:
            return None, None
        found.why = phrase("prop_numeric", why=found.why)
        found.review = found.review or phrase("prop_numeric_review")
    return found, _touchpoint(entry, language) if entry else None


def _catalogue_match(q) -> tuple[QuestionProposal, Optional[Entry]]:
    text = q.column if norm(q.text) in norm(q.column) else f"{q.text} {q.column}"
    matches = match_touchpoint(text)
    kind = phrase({"likert": "prop_rating_question", "csat": "prop_satisfaction_question",
                   "ces": "prop_effort_question", "nps": "prop_nps_question", "text": "prop_open_question"}[q.type])
    scale = q.scale if q.type != "text" else None
    direction = None
    if q.type == "ces":
        direction = "lower_is_better" if _EFFORT.search(norm(q.text)) else "higher_is_better"
    if not matches or (q.type == "text" and matches[0][0] < 1):
        why = phrase("prop_scale", question=kind, scale=f"{q.scale[0]:g}..{q.scale[1]:g}") if scale else kind
        return QuestionProposal(q.column, q.type, None, scale, direction, why=why,
                                review=phrase("prop_no_touchpoint")), None
    score, entry, words = matches[0]
    scale_text = f" {q.scale[0]:g}..{q.scale[1]:g}" if scale else ""
    why = phrase("prop_names", question=kind, scale=scale_text, touchpoint=entry.id, words=", ".join(words))
    review = ""
    if len(matches) > 1 and matches[1][0] >= CLOSE * score:
        review = phrase("prop_or", touchpoint=matches[1][1].id, words=", ".join(matches[1][2]))
    elif score < 1:
        review = phrase("prop_weak")
    return QuestionProposal(q.column, q.type, entry.id, scale, direction, why=why, review=review), entry


def _without_unused_keywords(touchpoints: list[dict], language: str) -> None:
    """Leave out of the proposed keywords those the coder would leave out (everyday words such as
    "заказ" for checkout: vocabulary.WEAK), so kit.yaml proposes only words that code quotes."""
    from ..model import Touchpoint
    from ..transcripts import unused_keywords

    proposed = [Touchpoint(id=tp["id"], name=tp["name"], stage=tp["stage"], keywords=tp["keywords"]) for tp in touchpoints]
    left_out = {(tp.id, keyword) for tp, keyword, _ in unused_keywords(proposed, language)}
    for tp in touchpoints:
        tp["keywords"] = [keyword for keyword in tp["keywords"] if (tp["id"], keyword) not in left_out]


def _touchpoint(entry: Entry, language: str) -> dict:
    """A catalogue touchpoint in the client's language: its keywords are the ones customers say in
    that language (English ones only when the catalogue has none there)."""
    keywords = list(entry.keywords.get(language) or entry.keywords.get("en", []))
    return {"id": entry.id, "stage": entry.stage, "channel": entry.channel, "online": entry.online,
            "owner": entry.owner.get(language) or entry.owner.get("en", ""),
            "name": entry.name.get(language) or entry.name["en"], "keywords": keywords,
            "why": phrase("prop_catalogue")}


def _who_answered(survey: Survey, proposal: KitProposal) -> None:
    """Segments (choices most respondents answered), the channel question, id and customer columns."""
    frame = survey.frame
    for q in survey.questions:
        answers = frame[q.column].dropna()
        answers = answers[answers.astype(str).str.strip() != ""]
        unique = bool(len(answers)) and answers.astype(str).is_unique and len(answers) == len(frame)
        if q.type == "id" and unique and proposal.respondent_id is None:
            proposal.respondent_id = (q.column, phrase("prop_id_column"))
        elif proposal.customer_column is None and len(answers) and q.type not in RATINGS:
            if answers.astype(str).str.strip().str.match(_EMAIL).mean() >= 0.8:
                proposal.customer_column = (q.column, phrase("prop_email_column"))
            elif _CUSTOMER_ID.search(norm(q.column)):
                proposal.customer_column = (q.column, phrase("prop_customer_column"))
        if q.type != "choice" or not len(answers):
            continue
        options = answers.astype(str).nunique()
        if options > MAX_SEGMENT_OPTIONS or q.n < 0.5 * len(frame) or not _segments_people(q.column, answers,
                                                                                          proposal):
            continue
        why = phrase("prop_segment", choices=Counted(options, "choice"), answered=Integer(q.n), of=Integer(len(frame)),
                     order=phrase("prop_in_order", options=", ".join(q.options)) if q.options else "")
        proposal.segments.append((q.column, why))
        if proposal.channel_column is None and _CHANNEL.search(norm(q.text)):
            proposal.channel_column = q.column


def _segments_people(column: str, answers, proposal: KitProposal) -> bool:
    """Whether a choice column can tell respondents apart as segments: not one answer for everyone
    (an export's "anonymized", a question everyone ticked the same), not who they are (the id or
    customer column, e-mail addresses, an answer of each respondent's own)."""
    options = answers.astype(str).str.strip().str.casefold().nunique()
    if options < 2:
        return False
    if column in {chosen[0] for chosen in (proposal.respondent_id, proposal.customer_column) if chosen}:
        return False
    if answers.astype(str).str.strip().str.match(_EMAIL).mean() >= 0.5:
        return False
    return not (options > 2 and options == len(answers))
