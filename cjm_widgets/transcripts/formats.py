"""Parsers for the transcript format families: timed cues (WebVTT, SRT) and turn-based text
(plain ``Name:`` text, ``Q:``/``A:``, Zoom ``[Name] HH:MM:SS`` blocks, Markdown, .docx paragraphs).

Every parser returns ``(format, turns, problems)``; turns are unmerged ``Utterance`` objects
without roles — merging and roles are the reader's job, the same for every format.
Own parsers rather than webvtt-py: real files have times without hours, ``<v>`` tags and
``Name:`` prefixes that it rejects or keeps as text.
"""
from __future__ import annotations

import html
import re
from collections import Counter
from typing import Optional

from ..labels import Counted, Integer, label
from .transcript import INTERVIEWER_WORDS, PARTICIPANT_WORDS, Utterance

_TIME = r"(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d+))?"
_CUE_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?\s+([^>]+)>")
_TAG = re.compile(r"</?[a-z][^>]*>|<\d[\d:.]*>", re.I)  # <c.x>, </c>, <b>, <00:17.500>
_NAME = r"[^\W\d_][\w.'’\-]*(?: [\w.'’\-]+){0,3}(?: \([^)]{1,30}\))?"
_PREFIX = re.compile(rf"^(?P<name>{_NAME})\s*:\s+(?P<rest>\S.*)$", re.S)
_MD_PREFIX = re.compile(rf"^\s*(?:[-*]\s+)?(\*\*|__)(?P<name>{_NAME})\s*(?::\s*\1|\1\s*:)\s*(?P<rest>.*)$")
_TIME_ONLY = re.compile(rf"^\s*[\[(]?{_TIME}[\])]?\s*$")
_ZOOM_HEADER = re.compile(rf"^\s*\[(?P<name>[^\]]{{1,60}})\]\s+{_TIME}\s*$")
_TIMED_PREFIX = re.compile(rf"^\s*[\[(]?{_TIME}[\])]?\s+(?P<line>\S.*)$")  # "[00:01:02] Name: text"
_CHAT = re.compile(rf"^\s*{_TIME}\s+From\s+(?P<name>.+?)(?:\s+to\s+[^:]+?)?\s*:\s*(?P<rest>.*)$")
_HEADING = re.compile(r"^(#{1,6}\s|-{3,}$|\*{3,}$)")  # Markdown headings and rules
_REACTION = re.compile(r"^(reacted to .* with |reacted with |removed a .*reaction|replying to )", re.I)
QA_PAIRS = {  # marker -> role, for Q:/A: style transcripts (EN, PL, RU conventions)
    frozenset("QA"): {"Q": "interviewer", "A": "participant"},
    frozenset("IR"): {"I": "interviewer", "R": "participant"},
    frozenset("IP"): {"I": "interviewer", "P": "participant"},
    frozenset("PO"): {"P": "interviewer", "O": "participant"},
    frozenset("ВО"): {"В": "interviewer", "О": "participant"},
}


def clock(groups) -> str:
    """Regex groups (hours or None, minutes, seconds, fraction or None) -> "HH:MM:SS.mmm"."""
    hours, minutes, seconds, fraction = groups
    millis = int(((fraction or "") + "000")[:3])
    return f"{int(hours or 0):02d}:{int(minutes):02d}:{int(seconds):02d}.{millis:03d}"


def accepted_speakers(candidates: Counter, units: int) -> set[str]:
    """Which ``Name:`` prefixes are speakers: those used at least twice or named by role
    (Klientka, Interviewer); in a short file where most units start with a prefix, all of them.
    "Note: ..." said once is text, not a speaker."""
    repeated = {name for name, count in candidates.items()
                if count >= 2 or any(word in name.lower() for word in INTERVIEWER_WORDS + PARTICIPANT_WORDS)}
    if repeated:
        return repeated
    return set(candidates) if units and sum(candidates.values()) / units >= 0.5 else set()


# ---- timed cues ---------------------------------------------------------------------------

def parse_cues(text: str, srt: bool, language: str = "en") -> tuple[str, list[Utterance], list[str]]:
    """WebVTT or SRT: blocks separated by blank lines, each with a timing line; problems in ``language``."""
    cues = []  # (line, start, end, speaker from <v>, text)
    problems = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        block_start = i
        while i < len(lines) and lines[i].strip():
            i += 1
        block = lines[block_start:i]
        timing_at = next((k for k, line in enumerate(block) if "-->" in line), None)
        if timing_at is None:
            head = block[0].strip()
            if not (head.startswith(("WEBVTT", "NOTE", "STYLE", "REGION")) or head.isdigit()):
                problems.append(at_line(block_start + 1, language, "tr_outside_cue", head=head[:60]))
            continue
        match = _CUE_TIMING.match(block[timing_at])
        if not match:
            problems.append(at_line(block_start + timing_at + 1, language, "tr_bad_cue_time",
                                    timing=block[timing_at].strip()))
            continue
        body = " ".join(part.strip() for part in block[timing_at + 1:] if part.strip())
        voice = _VOICE.search(body)
        body = html.unescape(_TAG.sub("", body)).strip()
        start, end = clock(match.groups()[:4]), clock(match.groups()[4:])
        if end < start:  # kept (the words are fine), but its times mislead whoever seeks the recording
            problems.append(at_line(block_start + timing_at + 1, language, "tr_cue_backwards",
                                    timing=block[timing_at].strip()))
        if body:
            cues.append((block_start + timing_at + 2, start, end, voice.group(1).strip() if voice else None, body))
    voiced = any(cue[3] for cue in cues)
    prefixes = Counter(m.group("name") for *_, m in ((c, _PREFIX.match(c[4])) for c in cues) if m)
    names = set() if voiced else accepted_speakers(prefixes, len(cues))
    turns = []
    for line, start, end, speaker, body in cues:
        match = _PREFIX.match(body)
        if speaker is None and match and match.group("name") in names:
            speaker, body = match.group("name"), match.group("rest").strip()
        turns.append(Utterance(speaker=speaker, text=body, line=line, start=start, end=end))
    if srt:
        kind = "srt"
    else:
        kind = "teams_vtt" if voiced else "zoom_vtt" if names else "webvtt"
    return kind, turns, problems


# ---- turn-based text ----------------------------------------------------------------------

def parse_lines(lines: list[str], default_format: str, language: str = "en") -> tuple[str, list[Utterance], list[str]]:
    """Turn-based text: ``Name: text`` lines, ``[Name] HH:MM:SS`` or bare timestamp lines that
    open a turn, chat lines, and wrapped lines that continue the current turn; problems in ``language``."""
    parsed = [_classify(line) for line in lines]
    candidates = Counter(p[1] for p in parsed if p[0] == "prefix")
    units = sum(1 for line in lines if line.strip())
    names = accepted_speakers(candidates, units)
    turns: list[Utterance] = []
    outside, reactions = [], []
    current: Optional[Utterance] = None
    pending_time = None
    for number, (kind, name, time, rest) in enumerate(parsed, start=1):
        if kind == "blank":
            continue
        if kind == "time":
            pending_time, current = time, None
            continue
        if kind == "heading":
            outside.append(number)
            current = None
            continue
        if kind == "prefix" and name not in names:
            kind, rest = "text", lines[number - 1].strip()
        if rest and _REACTION.match(rest):
            reactions.append(number)
            continue
        if kind == "header":
            current = Utterance(speaker=name, text="", line=number, start=time)
            turns.append(current)
        elif kind in ("prefix", "chat"):
            current = Utterance(speaker=name, text=rest, line=number, start=time or pending_time)
            turns.append(current)
            pending_time = None
        elif current is not None:
            current.text = f"{current.text} {rest}".strip() if current.text else rest
        elif pending_time is not None:  # "00:01:00" then text without a speaker
            current = Utterance(speaker=None, text=rest, line=number, start=pending_time)
            turns.append(current)
            pending_time = None
        else:
            outside.append(number)
    turns = [t for t in turns if t.text]
    problems = []
    if outside:
        problems.append(label("tr_lines_outside", language, n=Integer(len(outside)),
                              lines_outside=Counted(len(outside), "line"), lines=_list_lines(outside)))
    if reactions:
        problems.append(label("tr_reactions", language, n=Integer(len(reactions)),
                              reactions=Counted(len(reactions), "reaction"), lines=_list_lines(reactions)))
    speakers = {t.speaker for t in turns if t.speaker}
    if any(p[0] == "header" for p in parsed):
        kind = "zoom_txt"
    elif speakers and default_format == "plain_txt" and frozenset(speakers) in QA_PAIRS:
        kind = "qa_txt"
    else:
        kind = default_format
    return kind, turns, problems


def _classify(raw: str):
    """(kind, speaker, time, text) of one line; kind: blank, heading, time, header, chat, prefix, text."""
    line = raw.strip()
    if not line:
        return "blank", None, None, ""
    if _HEADING.match(line):
        return "heading", None, None, line
    if _TIME_ONLY.match(line):
        return "time", None, clock(_TIME_ONLY.match(line).groups()), ""
    match = _ZOOM_HEADER.match(line)
    if match:
        return "header", match.group("name").strip(), clock(match.groups()[1:5]), ""
    match = _CHAT.match(line)
    if match:
        return "chat", match.group("name").strip(), clock(match.groups()[:4]), match.group("rest").strip()
    time = None
    timed = _TIMED_PREFIX.match(line)
    if timed and _PREFIX.match(timed.group("line")):
        time, line = clock(timed.groups()[:4]), timed.group("line")
    match = _MD_PREFIX.match(line) or _PREFIX.match(line)
    if match:
        return "prefix", match.group("name").strip(), time, match.group("rest").strip()
    return "text", None, None, line


def at_line(line: int, language: str, key: str, **params) -> str:
    """A transcript's problem at one line ("wiersz 12: ..."); the reader of many files adds the file."""
    return f"{label('src_line', language, line=line)}: {label(key, language, **params)}"


def _list_lines(numbers: list[int], shown: int = 8) -> str:
    text = ", ".join(str(n) for n in numbers[:shown])
    return text + (f" and {len(numbers) - shown} more" if len(numbers) > shown else "")
