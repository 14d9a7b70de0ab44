"""Code interview utterances to touchpoints by keywords, and score them as quotes.

An utterance is tied to every touchpoint whose keywords (``Touchpoint.keywords`` plus the words
of its name) it mentions: lemma-based for PL and RU (simplemma), crude suffix stemming for EN.
Each touchpoint is scored on the sentences about it, not on the whole answer.
The interviewer's question gives context: an answer that names no touchpoint belongs to the
touchpoints its question named. A question naming none clears the context rather than carrying
an older topic forward: a map must not invent evidence, and uncoded answers are counted.
"""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from ..errors import InputError
from ..model import Observation, Source, Touchpoint, quote_key
from ..sentiment import score_texts
from ..sentiment.score import lemma
from .read import EXTENSIONS, read_transcript
from .transcript import Transcript

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
_FUNCTION_WORDS = {
    "en": {"the", "and", "for", "with", "from", "our", "your", "of", "to", "in", "on", "at", "by"},
    "pl": {"i", "w", "z", "na", "do", "od", "dla", "po", "oraz", "przez"},
    "ru": {"и", "в", "на", "с", "к", "от", "для", "по", "из", "о"},
}


class CodedQuotes(list):
    """The observations of one transcript, plus how many participant utterances named no
    touchpoint (and so became no observation) — reported, never silently dropped."""

    def __init__(self, observations=(), unmatched: int = 0):
        super().__init__(observations)
        self.unmatched = unmatched


def code_transcript(transcript: Transcript, touchpoints: list[Touchpoint], *,
                    language: str = "en") -> CodedQuotes:
    """One quote Observation per (participant utterance, touchpoint it names or its question named)."""
    vocabulary = {tp.id: _keyword_keys(tp, language) for tp in touchpoints}
    by_id = {tp.id: tp for tp in touchpoints}
    context: list[str] = []
    coded: list[tuple[object, str, str]] = []  # (utterance, touchpoint id, the words about it)
    unmatched = 0
    for utterance in transcript.utterances:
        about = _sentences_about(utterance.text, vocabulary, language)
        if utterance.role == "interviewer":
            context = list(about)
            continue
        if about:
            coded += [(utterance, tp_id, text) for tp_id, text in about.items()]
        elif context:
            coded += [(utterance, tp_id, utterance.text) for tp_id in context]
        else:
            unmatched += 1
    valences = score_texts([text for _, _, text in coded], language)
    file = Path(transcript.path).name
    observations = [
        Observation(touchpoint=tp_id, valence=valence, kind="quote", measure="sentiment",
                    stage=by_id[tp_id].stage, text=utterance.text, respondent=utterance.speaker,
                    source=Source(file=file, line=utterance.line, time=utterance.start, column=utterance.speaker))
        for (utterance, tp_id, _), valence in zip(coded, valences)
    ]
    return CodedQuotes(observations, unmatched)


def _sentences_about(text: str, vocabulary: dict, language: str) -> dict[str, str]:
    """Touchpoint id -> the sentences of ``text`` about it, so "great search, awful delivery"
    scores each touchpoint on its own words. A sentence naming no touchpoint stays with the
    topic before it (the lead-in before the first named one goes with that one)."""
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    topics = [[tp_id for tp_id, keys in vocabulary.items()
               if any(_contains(_normalised(sentence, language), key) for key in keys)] for sentence in sentences]
    first = next((named for named in topics if named), [])
    about: dict[str, list[str]] = {}
    current = first
    for sentence, named in zip(sentences, topics):
        current = named or current
        for tp_id in current:
            about.setdefault(tp_id, []).append(sentence.strip())
    return {tp_id: " ".join(parts) for tp_id, parts in about.items()}


def read_interviews(directory, touchpoints: list[Touchpoint], *,
                    language: str = "en") -> tuple[list[Observation], list[str]]:
    """Read and code every transcript in a directory (sorted by name). Broken files, unknown
    file types and uncoded utterances become problems naming the file; the rest still load.
    Hidden files and Word lock files (``~$...``) are not interviews and are passed over."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(directory, "interview directory not found.",
                         fix="Create it and put the transcripts there, or fix interviews.dir in kit.yaml.")
    observations: list[Observation] = []
    problems: list[str] = []
    for path in sorted(directory.iterdir()):
        if path.is_dir() or path.name.startswith((".", "~$")):
            continue
        if path.suffix.lower() not in EXTENSIONS:
            problems.append(f"{path.name}: unknown file type, skipped (use {', '.join(EXTENSIONS)}).")
            continue
        try:
            transcript = read_transcript(path)
        except InputError as exc:
            problems.append(exc.message().replace(str(path), path.name, 1))
            continue
        problems.extend(f"{path.name}: {problem}" for problem in transcript.problems)
        coded = code_transcript(transcript, touchpoints, language=language)
        observations.extend(coded)
        if coded.unmatched:
            problems.append(f"{path.name}: {coded.unmatched} participant utterance(s) name no touchpoint "
                            "and were not coded; add keywords to the touchpoints to use them.")
    return observations, problems


def apply_quote_tags(observations: list[Observation], tags: dict[str, str],
                     touchpoints: list[Touchpoint]) -> list[Observation]:
    """The facilitator's re-tagging, applied to freshly coded quotes (a new list).

    ``tags`` maps a quote's key (``model.quote_key``) to the touchpoint it belongs to, or to ""
    when it is about no touchpoint. A tagged utterance keeps one observation, on that touchpoint;
    tags for utterances that are no longer in the transcripts are simply unused.
    """
    stages = {tp.id: tp.stage for tp in touchpoints}
    result, placed = [], set()
    for observation in observations:
        key = quote_key(observation) if observation.kind == "quote" else None
        if key not in tags:
            result.append(observation)
            continue
        target = tags[key]
        if key in placed or target not in stages:  # "" (or a removed touchpoint): not evidence
            continue
        placed.add(key)
        result.append(dataclasses.replace(observation, touchpoint=target, stage=stages[target]))
    return result


def _keyword_keys(touchpoint: Touchpoint, language: str) -> set[tuple[str, ...]]:
    """Normalised word tuples for the keywords (phrases kept whole) and the name's content words."""
    keys = {tuple(_normalised(keyword, language)) for keyword in touchpoint.keywords}
    stop = _FUNCTION_WORDS.get(language, set())
    keys |= {(word,) for word in _normalised(touchpoint.name, language) if word not in stop and len(word) >= 3}
    return {key for key in keys if key}


def _normalised(text: str, language: str) -> list[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    if language == "en":
        return [_stem(w) for w in words]
    return [lemma(w, language) for w in words]


def _contains(words: list[str], key: tuple[str, ...]) -> bool:
    size = len(key)
    return any(tuple(words[i:i + size]) == key for i in range(len(words) - size + 1))


def _stem(word: str) -> str:
    """Crude English stemming so that delivery / deliveries / delivered meet ("deliver")."""
    word = re.sub(r"['’]s$", "", word)
    if word.endswith("ies") and len(word) >= 5:
        word = word[:-3] + "y"
    elif re.search(r"(s|x|z|ch|sh)es$", word) and len(word) >= 5:
        word = word[:-2]
    elif word.endswith(("ing", "ed")) and len(word) >= 6:
        word = word[:-3] if word.endswith("ing") else word[:-2]
        if len(word) >= 3 and word[-1] == word[-2] and word[-1] not in "lsz":
            word = word[:-1]  # shipped, shipping -> ship
    elif word.endswith("s") and not word.endswith("ss") and len(word) >= 4:
        word = word[:-1]
    return word[:-1] if word.endswith(("e", "y")) and len(word) > 4 else word
