"""Code interview utterances (and free-text survey answers) to touchpoints, and score them.

A text is tied to a touchpoint when it mentions one of its keywords, as words: lemmas for PL and
RU (simplemma), a careful suffix rule for EN ("adding" stays "add", "stared" stays "stare"). A
touchpoint's *name* counts only as the whole phrase ("Product page", not "page"), and common
e-commerce words of the same concept as a keyword ("parcel" for a touchpoint keyed "courier")
count too, with less confidence, when only one touchpoint claims that concept. Idioms that
contain a keyword ("thanks for finding the time") are taken out first.

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
from functools import lru_cache
from pathlib import Path

from ..errors import InputError
from ..labels import label
from ..model import Observation, Source, Touchpoint, quote_key
from ..sentiment import score_texts
from ..sentiment.cues import CONTRAST
from ..sentiment.score import has_valence, lemma
from .read import EXTENSIONS, read_transcript
from .transcript import Transcript

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# Where a clause ends: a sentence, a semicolon, a comma, a dash, or just before "but".
_CLAUSE_END = re.compile(r"(?<=[.!?…;])\s+|(?<=,)\s+|\s+[—–]\s+|\s+(?=(?:"
                         + "|".join(word for words in CONTRAST.values() for word in words) + r")\s)", re.IGNORECASE)
_FUNCTION_WORDS = {
    "en": {"the", "and", "for", "with", "from", "our", "your", "of", "to", "in", "on", "at", "by", "a", "an"},
    "pl": {"i", "w", "z", "na", "do", "od", "dla", "po", "oraz", "przez", "a"},
    "ru": {"и", "в", "на", "с", "к", "от", "для", "по", "из", "о", "а"},
}
# Idioms that hold a keyword but are about no touchpoint (or mean contacting the shop, not its
# newsletter); taken out before matching.
STOP_PHRASES = {
    "en": r"\b(?:find(?:ing)?|found|take|taking|make|making) (?:the |some )?time\b|\btake your time\b"
          r"|\b(?:have|had|having) a (?:quick |little |short |brief )?chat\b|\bin return\b"
          r"|\breturn to (?:this|that|the|it|your|what)\b|\bfind it (?:hard|easy|difficult)\b|\bi find that\b"
          r"|\be-?mail(?:ed|ing)? (?:them|him|her|us|me)\b|\bby e-?mail\b|\bloyalty card\b"
          r"|\b(?:back|was|were|went|came|appeared) (?:back )?(?:on|to|onto) (?:my|the|your|her|his) (?:bank )?card\b"
          r"|\b(?:would|could|do|did) you rate\b|\b(?:an? (?:absolute |real |total )?|absolute )star\b(?![- ](?:rating|review))",
    "pl": r"\bznala?z(?:ł|l)\w*\s+(?:pan\w*\s+|pani\s+|państwo\s+)?czas\w*|\bznaleźć\s+czas\w*|\bznajd\w*\s+czas\w*"
          r"|\bw mojej opinii\b|\bmoim zdaniem\b|\bwróć\w* do\b|\b(?:na)?pis\w* (?:maila|mejla|e-maila)\b|\bmailowo\b"
          r"|\bkart\w* lojalnościow\w*|\bna (?:moją |mojej )?(?:kartę|karcie)\b",
    "ru": r"\bнаш(?:ли|ёл|ел|ла)\s+(?:время|минутку)|\bнайти\s+время|\bнайд\w*\s+время|\bне торопитесь\b"
          r"|\bвернёмся\b|\bвернуться к\b|\bпо моей оценке\b|\b(?:на)?писать письмо\b|\bпо почте\b"
          r"|\bкарт\w* лояльности\b|\bна (?:мою |моей )?(?:карту|карте)\b",
}
# Common e-commerce words of one concept: a touchpoint keyed by one of them is also named by the
# others (confidence CONCEPT), as long as no other touchpoint claims the same concept.
CONCEPTS = {
    "en": [
        ["delivery", "deliver", "courier", "parcel", "package", "shipping", "shipment", "tracking",
         "parcel locker", "locker", "dispatch", "arrive"],
        ["return", "refund", "exchange", "money back", "send back", "sent back"],
        ["checkout", "payment", "pay", "cart", "basket", "card", "apple pay", "paypal", "blik", "place an order",
         "placing the order", "placing an order", "order form"],
        ["support", "customer service", "hotline", "helpline", "chat", "chatbot", "consultant", "agent",
         "on hold", "ticket", "call centre", "call center"],
        ["search", "search bar", "filter", "search results"],
        ["review", "rating", "star", "one-star", "five-star"],
        ["product page", "description", "photo", "picture", "size chart", "specs", "specification", "dimensions"],
        ["app", "mobile app", "application", "notification"],
        ["newsletter", "email", "unsubscribe", "mailing"],
        ["ad", "advert", "advertisement", "instagram", "facebook", "tiktok", "youtube"],
    ],
    "pl": [
        ["dostawa", "dostarczyć", "kurier", "paczka", "przesyłka", "paczkomat", "wysyłka", "doręczenie",
         "śledzenie przesyłki", "dotrzeć", "przyjechać"],
        ["zwrot", "zwrócić", "reklamacja", "wymiana", "odesłać", "zwrot pieniędzy"],
        ["koszyk", "płatność", "zapłacić", "zapłata", "płacić", "blik", "karta", "przelew",
         "składanie zamówienia", "złożyć zamówienie", "formularz zamówienia"],
        ["obsługa klienta", "infolinia", "konsultant", "konsultantka", "czat", "chatbot", "biuro obsługi",
         "zgłoszenie", "na linii"],
        ["wyszukiwarka", "wyszukiwanie", "szukać", "filtr", "wyniki wyszukiwania"],
        ["opinia", "recenzja", "ocena", "gwiazdka"],
        ["strona produktu", "opis", "zdjęcie", "tabela rozmiarów", "specyfikacja", "wymiar"],
        ["aplikacja", "aplikacja mobilna", "powiadomienie", "apka"],
        ["newsletter", "mail", "e-mail", "wypisać", "mailing"],
        ["reklama", "instagram", "facebook", "tiktok", "youtube", "influencer"],
    ],
    "ru": [
        ["доставка", "доставить", "курьер", "посылка", "пункт выдачи", "постамат", "отслеживание", "привезти",
         "отправка", "приехать"],
        ["возврат", "вернуть", "обмен"],
        ["корзина", "оплата", "оплатить", "платёж", "карта", "сбп", "оформление заказа", "оформить заказ",
         "оформлять заказ"],
        ["поддержка", "служба поддержки", "оператор", "чат", "чат-бот", "горячая линия", "обращение",
         "консультант", "на линии"],
        ["поиск", "искать", "фильтр", "строка поиска"],
        ["отзыв", "рейтинг", "оценка", "звезда"],
        ["карточка товара", "описание", "фото", "фотография", "таблица размеров", "характеристика"],
        ["приложение", "мобильное приложение", "уведомление"],
        ["рассылка", "письмо", "отписаться"],
        ["реклама", "инстаграм", "вконтакте", "таргет"],
    ],
}
NAMED, CONCEPT, QUESTION = 0.9, 0.7, 0.65  # confidence: named in the text, by a concept word, by the question
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
_FILLER = 4  # words: a short answer with no feeling and no touchpoint of its own is no evidence


class CodedQuotes(list):
    """The observations of one transcript, plus how many participant utterances named no
    touchpoint (and so became no observation) — reported, never silently dropped."""

    def __init__(self, observations=(), unmatched: int = 0):
        super().__init__(observations)
        self.unmatched = unmatched


@dataclasses.dataclass(frozen=True)
class _Vocabulary:
    """Per touchpoint id: {normalised word tuple: confidence}; and the words to mask when scoring."""

    keys: dict
    mask: frozenset
    language: str
    exact: frozenset  # the one-word keys of all touchpoints


def code_transcript(transcript: Transcript, touchpoints: list[Touchpoint], *,
                    language: str = "en") -> CodedQuotes:
    """One quote Observation per (participant utterance, touchpoint it or its question names)."""
    vocabulary = _vocabulary(_touchpoint_key(touchpoints), language)
    by_id = {tp.id: tp for tp in touchpoints}
    context: dict[str, float] = {}
    coded: list[tuple[object, str, str, float]] = []  # (utterance, touchpoint id, text about it, confidence)
    unmatched = 0
    for utterance in transcript.utterances:
        if utterance.role == "interviewer":
            context = _next_context(utterance.text, context, vocabulary)
            continue
        about = _about(utterance.text, vocabulary, context)
        if about:
            coded += [(utterance, tp_id, text, confidence) for tp_id, (text, confidence) in about.items()]
        else:
            unmatched += 1
    valences = _valences([(text, utterance.text) for utterance, _, text, _ in coded], vocabulary)
    file = Path(transcript.path).name
    observations, fillers = [], set()
    for (utterance, tp_id, _, confidence), valence in zip(coded, valences):
        if confidence <= QUESTION and valence == 0 and len(_WORD.findall(utterance.text)) <= _FILLER:
            fillers.add(id(utterance))  # "Yes." / "Let me think." after the question
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
    vocabulary = _vocabulary(_touchpoint_key(touchpoints), language)
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


def _valences(pairs: list[tuple[str, str]], vocabulary: _Vocabulary) -> list[float]:
    """The score of each (clauses about a touchpoint, whole text): the clauses', or the whole
    text's when the clauses hold no feeling ("For a refund of 20 pounds." after a complaint)."""
    wholes = list(dict.fromkeys(whole for _, whole in pairs))
    scores = score_texts([_masked(text, vocabulary) for text in [part for part, _ in pairs] + wholes],
                         vocabulary.language)
    whole_score = dict(zip(wholes, scores[len(pairs):]))
    return [own or whole_score[whole] for own, (_, whole) in zip(scores, pairs)]


def _next_context(question: str, context: dict[str, float], vocabulary: _Vocabulary) -> dict[str, float]:
    """The touchpoints an interviewer's turn sets as the topic of the answers after it."""
    named = _named(question, vocabulary)
    if named:
        return {tp_id: QUESTION for tp_id in named}
    words = [word.lower() for word in _WORD.findall(question)]
    if "?" not in question and set(words) <= BACKCHANNEL.get(vocabulary.language, set()):
        return {tp_id: round(confidence - CARRIED, 2) for tp_id, confidence in context.items()
                if confidence - CARRIED >= 0.4}
    return {}


def _about(text: str, vocabulary: _Vocabulary, context: dict[str, float]) -> dict[str, tuple[str, float]]:
    """Touchpoint id -> (the clauses of ``text`` about it, confidence), so "great search, awful
    delivery" scores each touchpoint on its own words. A clause naming no touchpoint stays with
    the topic before it (the lead-in before the first named one goes with that one); the
    question's touchpoints get the clauses that name none (the whole text when all do)."""
    clauses = _clauses(text)
    topics = [_named(clause, vocabulary) for clause in clauses]
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


def _clauses(text: str) -> list[str]:
    return [part for part in _CLAUSE_END.split(text) if part and part.strip()]


def _named(text: str, vocabulary: _Vocabulary) -> dict[str, float]:
    """{touchpoint id: confidence} of the touchpoints ``text`` names, idioms taken out first."""
    text = re.sub(STOP_PHRASES[vocabulary.language], " ", text.lower()) if vocabulary.language in STOP_PHRASES else text
    words = [(word, normal, normal in vocabulary.exact) for word, normal in _forms(text, vocabulary.language)]
    named = {}
    for tp_id, keys in vocabulary.keys.items():
        found = [value for key, value in keys.items() if _contains(words, key)]
        if found:
            named[tp_id] = max(found)
    if NAMED in named.values():  # "I paid for next-day delivery": about delivery, not payment
        named = {tp_id: value for tp_id, value in named.items() if value == NAMED}
    return named


def _masked(text: str, vocabulary: _Vocabulary) -> str:
    """The text with the touchpoints' own words that the scorer reads a feeling into replaced,
    so that "support" scores none; the others stay, as in "couldn't find" they are the complaint."""
    def mask(match):
        word = match.group().lower()
        feeling = _normalised_word(word, vocabulary.language) in vocabulary.mask and has_valence(word, vocabulary.language)
        return "x" if feeling else match.group()
    return _WORD.sub(mask, text)


def _touchpoint_key(touchpoints: list[Touchpoint]) -> tuple:
    return tuple((tp.id, tp.name, tuple(tp.keywords)) for tp in touchpoints)


@lru_cache(maxsize=64)
def _vocabulary(touchpoints: tuple, language: str) -> _Vocabulary:
    """Keys per touchpoint: its keywords and its whole name (NAMED), the other words of a concept
    one of them belongs to (CONCEPT) when no other touchpoint claims that concept."""
    stop = _FUNCTION_WORDS.get(language, set())
    explicit = {}
    for tp_id, name, keywords in touchpoints:
        keys = {tuple(_normalised(keyword, language)) for keyword in keywords}
        keys.add(tuple(_normalised(name, language)))
        explicit[tp_id] = {key for key in keys if key}
    concepts = [{tuple(_normalised(word, language)) for word in words} for words in CONCEPTS.get(language, [])]
    claims = [[tp_id for tp_id, keys in explicit.items() if keys & concept] for concept in concepts]
    vocabulary = {}
    for tp_id, keys in explicit.items():
        extra = set().union(*[concept for concept, owners in zip(concepts, claims) if owners == [tp_id]])
        vocabulary[tp_id] = {**{key: CONCEPT for key in extra}, **{key: NAMED for key in keys}}
    mask = frozenset(word for keys in vocabulary.values() for key in keys for word in key if word not in stop)
    exact = frozenset(key[0] for keys in vocabulary.values() for key in keys if len(key) == 1)
    return _Vocabulary(keys=vocabulary, mask=mask, language=language, exact=exact)


def _forms(text: str, language: str) -> list[tuple[str, str]]:
    """(lower-case word, normalised word) for each word of the text."""
    return [(word, _normalised_word(word, language)) for word in (w.lower() for w in _WORD.findall(text))]


def _normalised(text: str, language: str) -> list[str]:
    return [_normalised_word(w.lower(), language) for w in _WORD.findall(text)]


def _normalised_word(word: str, language: str) -> str:
    return _stem(word) if language == "en" else lemma(word, language)


def _contains(words: list[tuple[str, str, bool]], key: tuple[str, ...]) -> bool:
    size = len(key)
    return any(all(_same_word(words[i + j], key[j]) for j in range(size)) for i in range(len(words) - size + 1))


def _same_word(form: tuple[str, str, bool], key: str) -> bool:
    """Same normalised word; for long PL/RU words also the same start, as lemmatisers miss forms
    ("paczkomacie", "возвращали"), but never a much longer word ("отзывчивый" is not "отзыв"), nor
    a word that is itself a keyword ("reklamacja" is not "reklama")."""
    word, normal, exact = form
    if normal == key:
        return True
    if exact or len(key) < 5 or not key.isalpha() or key.isascii() and not re.search(r"[ąćęłńóśźż]", word + key):
        return False
    start = key[:max(5, len(key) - 1)]
    return any(w.startswith(start) and len(w) <= len(key) + 3 for w in (word, normal))


_IRREGULAR = {"found": "find", "paid": "pay", "bought": "buy", "sent": "send", "came": "come", "got": "get",
              "broke": "break", "broken": "break", "lost": "lose", "took": "take", "gave": "give"}
_KEEP_S = {"was", "has", "this", "its", "yes", "gas", "bus", "plus", "less", "always"}


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    """Careful English stemming: delivery / deliveries / delivered meet ("deliver"), shipping is
    "ship", but "adding" stays "add" (not "ad") and "stared" is "stare" (not "star")."""
    word = re.sub(r"['’]s$", "", word)
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ies") and len(word) >= 5:
        word = word[:-3] + "y"
    elif re.search(r"(s|x|z|ch|sh)es$", word) and len(word) >= 5:
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) >= 3 and word not in _KEEP_S:
        word = word[:-1]
    if (word.endswith("ing") and len(word) >= 6) or (word.endswith("ed") and not word.endswith("eed")
                                                      and len(word) >= 5):
        stem = word[:-3] if word.endswith("ing") else word[:-2]
        if re.search(r"[aeiouy]", stem):
            if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeioulsz":
                stem = stem[:-1]  # shipped, shipping -> ship
            elif re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", stem):
                stem += "e"  # stared -> stare, rated -> rate
            word = stem
    if word.endswith("y") and len(word) > 4:
        word = word[:-1]  # delivery ~ deliver
    if word.endswith("e") and len(word) > 5:
        word = word[:-1]  # package ~ packaging
    return word
