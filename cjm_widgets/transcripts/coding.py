"""Code interview utterances (and free-text survey answers) to touchpoints, and score them.

A text is tied to a touchpoint when it mentions one of its keywords, as words: lemmas for PL and
RU (simplemma), a careful suffix rule for EN ("adding" stays "add", "stared" stays "stare"). A
touchpoint's *name* counts only as the whole phrase ("Product page", not "page"), and common
e-commerce words of the same concept as a keyword ("parcel" for a touchpoint keyed "courier")
count too, with less confidence, when only one touchpoint claims that concept. Idioms that
contain a keyword ("thanks for finding the time") are taken out first. (How words compare:
words.py; what names a touchpoint: vocabulary.py.)

Each touchpoint is scored on the clauses about it, not on the whole answer, with the touchpoints'
own words masked: "support" says what the quote is about, not how it felt.
The interviewer's question gives context, carried across the interviewer's short comments
("mhm", "I see", "rozumiem", "понятно"): the answer belongs to the question's touchpoints even
when it names another one too. A question naming none clears the context rather than carrying an
older topic forward: a map must not invent evidence, and uncoded answers are counted.
Every coded quote gets a confidence 0..1 (named in the answer > concept word > question only).
"""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from ..errors import InputError
from ..labels import label
from ..model import Observation, Source, Touchpoint, quote_key
from ..sentiment import score_texts
from ..sentiment.cues import CONTRAST
from ..sentiment.score import has_valence
from .read import EXTENSIONS, read_transcript
from .transcript import Transcript
from .vocabulary import NAMED, Vocabulary, mentions, named_in, touchpoint_key, unquoted, vocabulary_for
from .words import WORD, normalised_word

# Words that start a new step of a story ("came broken and then they wanted me to pay for the return").
_THEN = ("and then", "a potem", "i potem", "i wtedy", "а потом", "и потом")
_CLAUSE_END = re.compile(r"(?<=[.!?…;])\s+|(?<=,)\s+|\s+[—–]\s+|\s+(?=(?:"
                         + "|".join([*(word for words in CONTRAST.values() for word in words), *_THEN]) + r")\s)",
                         re.IGNORECASE)
# Where a clause turns to the moment something happened ("it crashed every time I opened the
# basket", "jak otwierałam koszyk", "когда заказ приехал"): what is named after it is the setting.
_SETTING = {
    "en": r"\b(?:when|whenever|every time|each time|while|until|till|as soon as|after|before)\b",
    "pl": r"\b(?:kiedy|gdy|dopóki|zanim|po tym,? jak|za każdym razem(?:,? jak)?)\b",
    "ru": r"\b(?:когда|пока|как только|после того,? как|перед тем,? как|каждый раз(?:,? как)?)\b",
}
# Questions about the shop's help that name no touchpoint ("What happened when you called?", "Did
# they help you?", "Czy rozwiązali problem?", "Вам помогли?"): they ask about customer support.
_ASKS_SUPPORT = {
    "en": r"\byou (?:called|rang|phoned|contacted)\b|\bdid they (?:help|sort|solve|fix|resolve)\b"
          r"|\bget (?:hold of|through)\b",
    "pl": r"\bzadzwonił\w*|\bpomogli\b|\brozwiązali\b|\bkontakt\w* (?:ze sklepem|z nimi)\b|\bkontaktował\w* się\b",
    "ru": r"\bпозвонили\b|\bвам помогли\b|\bрешили (?:проблему|вопрос)\b|\b(?:проблему|вопрос) решили\b"
          r"|\bсвязаться с магазином\b|\bсвязались\b",
}
QUESTION = 0.65  # confidence of a quote coded by its question only (NAMED, CONCEPT: vocabulary.py)
CARRIED = 0.1  # less per short interviewer comment the question's context is carried across
# The interviewer's short comments ("Mhm, I see.", "Rozumiem.", "Понятно, продолжайте."): made of
# these words only, they keep the topic; a new question or remark does not.
BACKCHANNEL = {
    "en": {"mhm", "mm", "mmm", "hmm", "uh-huh", "yes", "yeah", "yep", "right", "ok", "okay", "i", "see", "sure",
           "got", "it", "go", "on", "oh", "no", "wow", "interesting", "understood", "understand", "alright",
           "and", "so", "please", "continue", "then", "ah", "aha", "really", "dear", "gosh"},
    "pl": {"mhm", "aha", "acha", "tak", "rozumiem", "jasne", "dobrze", "okej", "ok", "no", "o", "ojej", "nie",
           "proszę", "mówić", "kontynuować", "ciekawe", "i", "co", "dalej", "hm", "słucham", "rany"},
    "ru": {"угу", "ага", "да", "понятно", "ясно", "хорошо", "так", "ох", "ой", "продолжайте", "интересно",
           "понимаю", "ну", "и", "а", "дальше", "хм", "ммм", "конечно", "вот", "как"},
}
_FILLER = 4  # words: a short answer of assent or hesitation with no feeling is no evidence
_HESITATION = {"en": {"let", "me", "think", "well", "um", "uh", "erm", "not", "sure", "maybe", "dunno", "suppose", "guess"},
               "pl": {"niech", "pomyślę", "hmm", "yyy", "eee", "nie", "wiem", "może", "chyba", "zastanowię", "się"},
               "ru": {"дайте", "подумать", "хм", "эээ", "э", "не", "знаю", "может", "наверное", "пожалуй", "ну"}}
# Warm-up questions about the participant ("Could you introduce yourself?", "Jak często robi Pani
# zakupy?", "Расскажите о себе"): what the answers name in passing without a feeling is no evidence.
_SMALL_TALK = {
    "en": r"\bintroduce yourself\b|\babout yourself\b|\bwho does (?:most of )?the (?:\w+ )?shopping\b"
          r"|\bhow often do you (?:shop|order|buy)\b",
    "pl": r"\bprzedstawi\w* się\b|\bo sobie\b|\bjak często (?:\w+ ){0,2}(?:robi|kupuje|zamawia)\w*"
          r"|\bkto (?:\w+ )?robi (?:\w+ )?zakupy\b",
    "ru": r"\bпредстав\w*сь\b|\bо себе\b|\bкак часто (?:\w+ ){0,2}(?:делаете покупки|покупаете|заказываете)\b"
          r"|\bкто (?:у вас )?(?:\w+ )?(?:делает|покупает)\b",
}


class CodedQuotes(list):
    """The observations of one transcript, plus how many participant utterances named no
    touchpoint (and so became no observation) — reported, never silently dropped."""

    def __init__(self, observations=(), unmatched: int = 0):
        super().__init__(observations)
        self.unmatched = unmatched


def code_transcript(transcript: Transcript, touchpoints: list[Touchpoint], *,
                    language: str = "en") -> CodedQuotes:
    """One quote Observation per (participant utterance, touchpoint it or its question names)."""
    vocabulary = vocabulary_for(touchpoint_key(touchpoints), language)
    by_id = {tp.id: tp for tp in touchpoints}
    context: dict[str, float] = {}
    small_talk = False
    coded: list[tuple] = []  # (utterance, touchpoint id, text about it, confidence, after small talk)
    unmatched = 0
    for utterance in transcript.utterances:
        if utterance.role == "interviewer":
            context = _next_context(utterance.text, context, vocabulary)
            small_talk = bool(re.search(_SMALL_TALK.get(language, r"$^"), utterance.text.lower())) \
                or small_talk and _backchannel(utterance.text, language)
            continue
        about = _about(utterance.text, vocabulary, context)
        if about:
            coded += [(utterance, tp_id, text, confidence, small_talk) for tp_id, (text, confidence) in about.items()]
        else:
            unmatched += 1
    valences = _valences([(text, utterance.text) for utterance, _, text, _, _ in coded], vocabulary)
    file = Path(transcript.path).name
    observations, fillers = [], set()
    for (utterance, tp_id, _, confidence, chat), valence in zip(coded, valences):
        if valence == 0 and (chat or confidence <= QUESTION and _non_answer(utterance.text, language)):
            fillers.add(id(utterance))  # "Yes." / "Let me think." after the question; "I drive a delivery van."
            continue
        observations.append(Observation(
            touchpoint=tp_id, valence=valence, kind="quote", measure="sentiment", stage=by_id[tp_id].stage,
            text=utterance.text, respondent=utterance.speaker, confidence=confidence,
            source=Source(file=file, line=utterance.line, time=utterance.start, column=utterance.speaker)))
    return CodedQuotes(observations, unmatched + len(fillers))


def code_text(text: str, touchpoints: list[Touchpoint], language: str = "en") -> list[tuple[str, float, float]]:
    """A free-text answer (a survey comment) coded by the same rules as an interview answer with
    no question before it: [(touchpoint id, valence -1..1, confidence 0..1)], in touchpoint order."""
    return code_texts([text], touchpoints, language)[0]


def code_texts(texts, touchpoints: list[Touchpoint], language: str = "en") -> list[list[tuple[str, float, float]]]:
    """Batch form of ``code_text`` (one scoring pass for a whole survey column)."""
    vocabulary = vocabulary_for(touchpoint_key(touchpoints), language)
    texts = ["" if text is None else str(text) for text in texts]
    abouts = [_about(text, vocabulary, {}) for text in texts]
    valences = iter(_valences([(part, text) for text, about in zip(texts, abouts) for part, _ in about.values()],
                              vocabulary))
    return [[(tp_id, next(valences), confidence) for tp_id, (_, confidence) in about.items()] for about in abouts]


def read_interviews(directory, touchpoints: list[Touchpoint], *,
                    language: str = "en") -> tuple[list[Observation], list[str]]:
    """Read and code every transcript in a directory (sorted by name). Broken files, unknown
    file types and uncoded utterances become problems naming the file; the rest still load.
    Hidden files and Word lock files (``~$...``) are not interviews and are passed over."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(directory, key="tr_no_dir")
    observations: list[Observation] = []
    problems: list[str] = []
    for path in sorted(directory.iterdir()):
        if path.is_dir() or path.name.startswith((".", "~$")):
            continue
        if path.suffix.lower() not in EXTENSIONS:
            problems.append(f"{path.name}: {label('tr_unknown_type', language, extensions=', '.join(EXTENSIONS))}")
            continue
        try:
            transcript = read_transcript(path, language=language)
        except InputError as exc:
            problems.append(exc.message(language).replace(str(path), path.name, 1))
            continue
        problems.extend(f"{path.name}: {problem}" for problem in transcript.problems)
        coded = code_transcript(transcript, touchpoints, language=language)
        observations.extend(coded)
        if coded.unmatched:
            problems.append(label("msg_uncoded", language, file=path.name, n=coded.unmatched))
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


def _valences(pairs: list[tuple[str, str]], vocabulary: Vocabulary) -> list[float]:
    """The score of each (clauses about a touchpoint, whole text): the clauses', or the whole
    text's when the clauses hold no feeling ("For a refund of 20 pounds." after a complaint)."""
    wholes = list(dict.fromkeys(whole for _, whole in pairs))
    scores = score_texts([_masked(text, vocabulary) for text in [part for part, _ in pairs] + wholes],
                         vocabulary.language)
    whole_score = dict(zip(wholes, scores[len(pairs):]))
    return [own or whole_score[whole] for own, (_, whole) in zip(scores, pairs)]


def _next_context(question: str, context: dict[str, float], vocabulary: Vocabulary) -> dict[str, float]:
    """The touchpoints an interviewer's turn sets as the topic of the answers after it: those it
    names outside the moment it sets ("What did you do after the order arrived?" asks about no
    delivery), else customer support when it asks about the shop's help in other words."""
    named = _asked(question, vocabulary)
    if named:
        return {tp_id: QUESTION for tp_id in named}
    support = vocabulary.owners.get("support")
    if support and re.search(_ASKS_SUPPORT.get(vocabulary.language, r"$^"), question.lower()):
        return {support: QUESTION}
    if _backchannel(question, vocabulary.language):
        return {tp_id: round(confidence - CARRIED, 2) for tp_id, confidence in context.items()
                if confidence - CARRIED >= 0.4}
    return {}


def _backchannel(text: str, language: str) -> bool:
    """An interviewer's short comment that keeps the topic ("Mhm, I see.", "Rozumiem.")."""
    return "?" not in text and {word.lower() for word in WORD.findall(text)} <= BACKCHANNEL.get(language, set())


def _non_answer(text: str, language: str) -> bool:
    """A short answer of assent or hesitation only ("Yes.", "Let me think.", "Nie wiem."), as
    opposed to a short one that says something ("Nie, wolę przeglądarkę.")."""
    words = {word.lower() for word in WORD.findall(text)}
    return len(words) <= _FILLER and words <= BACKCHANNEL.get(language, set()) | _HESITATION.get(language, set())


def _asked(question: str, vocabulary: Vocabulary) -> set[str]:
    """The touchpoints a question names outside the moment it sets; a one-clause question that
    opens with "when" asks when ("When did the groceries come?"), it sets no moment."""
    blank = unquoted(question)
    spans = _clause_spans(blank)
    settings = _settings(blank, vocabulary.language)
    if len(spans) == 1:
        settings = [(at, until) for at, until in settings if blank[:at].strip()]
    named = set()
    for start, end in spans:
        setting = _setting_in(settings, start, end)
        named |= set(named_in(blank[start:end if setting is None else start + setting], vocabulary))
    return named


def _about(text: str, vocabulary: Vocabulary, context: dict[str, float]) -> dict[str, tuple[str, float]]:
    """Touchpoint id -> (the clauses of ``text`` about it, confidence), so "great search, awful
    delivery" scores each touchpoint on its own words. A clause naming no touchpoint stays with
    the topic before it (the lead-in before the first named one goes with that one); the
    question's touchpoints get the clauses that name none (the whole text when all do)."""
    clauses, topics = _topics(text, vocabulary, context)
    first = next((named for named in topics if named), {})
    parts: dict[str, list[str]] = {}
    confidence: dict[str, float] = {}
    current = first
    for clause, named in zip(clauses, topics):
        current = named or current
        for tp_id in current:
            parts.setdefault(tp_id, []).append(clause)
        for tp_id, value in named.items():
            confidence[tp_id] = max(confidence.get(tp_id, 0), value)
    unnamed = [clause for clause, named in zip(clauses, topics) if not named]
    for tp_id, value in context.items():
        if tp_id in parts:
            confidence[tp_id] = max(confidence[tp_id], NAMED + 0.05)  # asked about and named
        else:
            parts[tp_id] = unnamed if unnamed and first else clauses
            confidence[tp_id] = value
    return {tp_id: (" ".join(parts[tp_id]).strip(), round(min(confidence[tp_id], 1.0), 2))
            for tp_id in vocabulary.keys if tp_id in parts}


def _topics(text: str, vocabulary: Vocabulary, context: dict[str, float]) -> tuple[list[str], list[dict]]:
    """The clauses of ``text`` and {touchpoint id: confidence} each names as a topic. A touchpoint
    named only in passing (by a verb, or in the moment a clause sets: "when I opened the basket")
    is a topic only while the story has none yet (the question's, or one named before or beside
    it): "the courier left it next door, I searched for it for two days" is about delivery only;
    nor is a part of the story's topic (the courier who collects a return: STORY_PARTS)."""
    spans = _clause_spans(text)
    blank = unquoted(text)
    settings = _settings(blank, vocabulary.language)
    story = set(context)
    clauses, topics = [], []
    for start, end in spans:
        setting = _setting_in(settings, start, end)
        found = mentions(blank[start:end], vocabulary, setting)
        strong = {tp_id for tp_id, (_, passing) in found.items() if not passing}
        parts = vocabulary.parts_of(story | strong)
        strong -= parts
        named = {tp_id: value for tp_id, (value, passing) in found.items()
                 if (not passing and tp_id not in parts) or not (story | strong) - {tp_id}}
        story |= set(named)
        clauses.append(text[start:end])
        topics.append(named)
    return clauses, topics


def _settings(text: str, language: str) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(_SETTING[language], text.lower())] if language in _SETTING else []


def _setting_in(settings: list[tuple[int, int]], start: int, end: int) -> int | None:
    """Where in the clause start..end the moment it sets begins (a "when" inside it, or one that
    ends the clause before: "za każdym razem, | jak otwierałam koszyk"), or None."""
    return next((max(at, start) - start for at, until in settings if at < end and until > start), None)


def _clause_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause: ends at a sentence, a semicolon, a comma, a dash, or before "but"."""
    spans, start = [], 0
    for match in [*_CLAUSE_END.finditer(text), None]:
        end = match.start() if match else len(text)
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end() if match else end
    return spans


def _masked(text: str, vocabulary: Vocabulary) -> str:
    """The text with the touchpoints' own words that the scorer reads a feeling into replaced,
    so that "support" scores none; the others stay, as in "couldn't find" they are the complaint."""
    def mask(match):
        word = match.group().lower()
        feeling = normalised_word(word, vocabulary.language) in vocabulary.mask and has_valence(word, vocabulary.language)
        return "x" if feeling else match.group()
    return WORD.sub(mask, text)
