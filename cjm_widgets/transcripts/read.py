"""Read one transcript file of any supported format into a ``Transcript``, and report on it."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Optional
from xml.etree import ElementTree

from ..errors import InputError
from ..decoding import decode_bytes
from ..labels import integer, label
from ..input_limits import MAX_LINE_CHARS, check_transcript_size, check_zip, long_lines
from .formats import QA_PAIRS, at_line, parse_cues, parse_lines
from .transcript import INTERVIEWER_WORDS, PARTICIPANT_WORDS, Transcript, Utterance

EXTENSIONS = (".vtt", ".srt", ".txt", ".md", ".markdown", ".docx")
_SRT_START = re.compile(r"^\s*\d+\s*\n\s*\d[\d:,.]*\s*-->")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_transcript(path, *, language: str = "en") -> Transcript:
    """Parse a transcript, its problems said in ``language``; InputError when the file is missing,
    binary, empty or holds no speech."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, key="file_not_found", fix_key="tr_not_found_fix")
    suffix = path.suffix.lower()
    check_transcript_size(path)
    if suffix == ".docx":
        check_zip(path)
        paragraphs, dropped = _without_long_lines(_docx_paragraphs(path), language)
        encoding, (kind, turns, problems) = "utf-8", parse_lines(paragraphs, "docx", language)
        kind = "docx"
    else:
        text, encoding = decode_bytes(path.read_bytes(), path, "transcript")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        lines, dropped = _without_long_lines(text.split("\n"), language)
        if dropped:
            text = "\n".join(lines)
        if suffix == ".vtt" or text.lstrip().startswith("WEBVTT"):
            kind, turns, problems = parse_cues(text, False, language)
        elif suffix == ".srt" or _SRT_START.match(text):
            kind, turns, problems = parse_cues(text, True, language)
        else:
            kind, turns, problems = parse_lines(lines, "markdown" if suffix in (".md", ".markdown")
                                                else "plain_txt", language)
    if not turns:
        raise InputError(path, key="tr_no_speech", detail=f" ({dropped[0]})" if dropped else "",
                         fix_key="tr_no_speech_long_fix" if dropped else None)
    problems = dropped + problems
    utterances = _merge(turns)
    speakers = list(dict.fromkeys(u.speaker for u in utterances if u.speaker))
    roles = _roles(kind, speakers, utterances)
    for utterance in utterances:
        utterance.role = roles.get(utterance.speaker)
    return Transcript(path=str(path), format=kind, encoding=encoding, utterances=utterances,
                      speakers=speakers, roles=roles, problems=problems)


def read_transcripts(directory, *, language: str = "en") -> list[tuple[str, Optional[Transcript], list[str]]]:
    """(file name, transcript or None, its problems said in ``language``) for every file of a
    directory, sorted by name: a broken file or an unknown file type has no transcript, only its
    problem. Hidden files and Word lock files (``~$...``) are not interviews and are passed over."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(directory, key="tr_no_dir")
    files = []
    for path in sorted(directory.iterdir()):
        if path.is_dir() or path.name.startswith((".", "~$")):
            continue
        if path.suffix.lower() not in EXTENSIONS:
            unknown = label("tr_unknown_type", language, extensions=", ".join(EXTENSIONS))
            files.append((path.name, None, [f"{path.name}: {unknown}"]))
            continue
        try:
            transcript = read_transcript(path, language=language)
        except InputError as exc:
            files.append((path.name, None, [exc.message(language).replace(str(path), path.name, 1)]))
            continue
        files.append((path.name, transcript, [f"{path.name}: {problem}" for problem in transcript.problems]))
    return files


def inspect_transcript(path, language: str = "en") -> dict:
    """The contract report of ``cjm transcript inspect``: format, encoding, utterances (count
    after merging), speakers, roles, problems (said in ``language``)."""
    transcript = read_transcript(path, language=language)
    return {"format": transcript.format, "encoding": transcript.encoding,
            "utterances": len(transcript.utterances), "speakers": transcript.speakers,
            "roles": transcript.roles, "problems": transcript.problems}


def format_transcript_inspection(report: dict, language: str = "en") -> str:
    """The inspection report as short readable lines for the terminal, in ``language``."""
    speakers = ", ".join(f"{name} ({label('insp_tr_' + report['roles'][name], language)})"
                         if name in report["roles"] else name
                         for name in report["speakers"]) or label("insp_tr_unnamed", language)
    lines = [label("insp_tr_format", language, format=report["format"], encoding=report["encoding"]),
             label("insp_tr_utterances", language, n=integer(report["utterances"], language)),
             label("insp_tr_speakers", language, speakers=speakers),
             label("insp_tr_problems" if report["problems"] else "insp_tr_no_problems", language)]
    lines.extend(f"  - {problem}" for problem in report["problems"])
    return "\n".join(lines)


def _without_long_lines(lines: list[str], language: str) -> tuple[list[str], list[str]]:
    """Blank out lines too long to be a spoken turn (a lost line break, a pasted blob), keeping the
    line numbers of the rest; one problem per blanked line."""
    dropped = []
    for number in long_lines(lines):
        dropped.append(at_line(number, language, "tr_long_line", chars=integer(len(lines[number - 1]), language),
                               limit=integer(MAX_LINE_CHARS, language)))
        lines[number - 1] = ""
    return lines, dropped


def _docx_paragraphs(path: Path) -> list[str]:
    """The paragraphs of word/document.xml, one per line (stdlib only: zipfile + ElementTree)."""
    try:
        with zipfile.ZipFile(path) as archive:
            xml = archive.read("word/document.xml")
        root = ElementTree.fromstring(xml)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as exc:
        raise InputError(path, key="tr_bad_docx", error=exc) from None
    paragraphs = []
    for paragraph in root.iter(f"{_W}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t":
                parts.append(node.text or "")
            elif node.tag in (f"{_W}tab", f"{_W}br"):
                parts.append(" ")
        paragraphs.append("".join(parts))
    return paragraphs


def _merge(turns: list[Utterance]) -> list[Utterance]:
    """Join consecutive turns of the same named speaker; cues with no speaker stay apart."""
    merged: list[Utterance] = []
    for turn in turns:
        last = merged[-1] if merged else None
        if last is not None and turn.speaker is not None and turn.speaker == last.speaker:
            last.text = f"{last.text} {turn.text}"
            last.end = turn.end or last.end
        else:
            merged.append(Utterance(speaker=turn.speaker, text=turn.text, line=turn.line,
                                    start=turn.start, end=turn.end))
    return merged


def _roles(kind: str, speakers: list[str], utterances: list[Utterance]) -> dict[str, str]:
    """Interviewer or participant, where it can be told: Q/A markers, words in the speaker's
    name (Interviewer, Prowadzący, Респондент...), else the one speaker who mostly asks."""
    if kind == "qa_txt":
        return dict(QA_PAIRS[frozenset(speakers)])
    roles = {}
    for name in speakers:
        lowered = name.lower()
        if any(word in lowered for word in INTERVIEWER_WORDS):
            roles[name] = "interviewer"
        elif any(word in lowered for word in PARTICIPANT_WORDS):
            roles[name] = "participant"
    if "interviewer" not in roles.values() and len(speakers) >= 2 and len(utterances) >= 4:
        asking = {name: _question_share(name, utterances) for name in speakers}
        first, second = sorted(asking.values(), reverse=True)[:2]
        if first >= 0.4 and first >= 2 * second:
            roles[max(asking, key=asking.get)] = "interviewer"
    if "interviewer" in roles.values():
        roles.update({name: "participant" for name in speakers if name not in roles})
    return {name: roles[name] for name in speakers if name in roles}


def _question_share(name: str, utterances: list[Utterance]) -> float:
    own = [u for u in utterances if u.speaker == name]
    return sum("?" in u.text for u in own) / len(own)
