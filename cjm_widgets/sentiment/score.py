"""Offline text sentiment in [-1, 1]: VADER for English, the kit's own lexicons for PL and RU.

The PL/RU scorer follows VADER's recipe on a customer-experience lexicon: words are
lemmatised with simplemma (its dictionaries load lazily, once, ~2-4 s; the adjective and verb forms
it does not know fall back to their dictionary form: "накосячили" -> "накосячить"), a negator in the three
words before a sentiment word flips and damps it (so does "there is no" after it: "Проблем не
было"), intensifiers and diminishers scale it, the part after "but" (ale, но, а вот) weighs more
than the part before, and the sum is normalised with ``x / sqrt(x² + 15)`` as VADER's compound is.
English is VADER's own compound, computed without VADER's per-word work on the words outside its
lexicon (a test keeps it equal to VADER's), with the kit's phrases ("on time") read as one word.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources

from ..stages import LANGUAGES
from .cues import CONTRAST, with_cues

NEGATION_SCALAR = -0.74  # VADER's N_SCALAR
ALPHA = 15  # VADER's normalisation constant
VADER_RANGE = 4  # lexicon valences -1..1 are read on VADER's -4..4 scale
_MAX_PHRASE = 4  # words in the longest PL/RU lexicon phrase ("в целости и сохранности")

# Words that change a sentiment word nearby; the lexicon TSVs hold the sentiment words.
NEGATORS = {
    "pl": {"nie", "nigdy", "ani", "żaden", "nic", "zero"},  # "zero problemów", "zero profesjonalizmu"
    "ru": {"не", "ни", "нет", "никогда", "ничто", "никакой", "ноль"},
}
# "without" negates only the word right after it: "bez problemu" is good, "bez konta jest wygodnie" too.
WITHOUT = {"pl": "bez", "ru": "без"}
# Words that may stand between "without" and the word it negates: "bez żadnych komplikacji",
# "без всяких заморочек".
WITHOUT_FILLERS = {
    "pl": {"żadnych", "żadnego", "żadnej", "zbędnych", "zbędnego", "większych", "większego", "najmniejszych",
           "najmniejszego", "jakichkolwiek", "jakiegokolwiek", "dodatkowych", "dodatkowego", "niepotrzebnych"},
    "ru": {"всяких", "лишних", "лишнего", "каких-либо", "особых", "никаких", "малейших", "малейшего", "какой-либо",
           "дополнительных", "ненужных", "долгих"},
}
# "There is no X" after the noun: "Проблем нет", "Претензий не было", "Претензий никаких", "Problemów nie
# było", "Zastrzeżeń nie mam": the word before is negated. Keys: the negator; values: the verbs it needs
# after it (None: alone).
NEGATED_AFTER = {
    "pl": {"nie": {"ma", "mam", "mamy", "było", "miałem", "miałam", "mieliśmy", "miał", "miała", "zauważyłem",
                   "zauważyłam", "pojawiły", "pojawił", "pojawiło"}},
    "ru": {"нет": None, "никаких": None, "не": {"было", "был", "была", "были", "возникло", "возникало", "возникали",
                              "заметил", "заметила", "имею"}},
}
INTENSIFIERS = {  # word -> factor
    "pl": {"bardzo": 1.3, "naprawdę": 1.2, "niezwykle": 1.4, "wyjątkowo": 1.3, "szczególnie": 1.2,
           "ogromnie": 1.4, "niesamowicie": 1.4, "totalnie": 1.3, "kompletnie": 1.3, "zupełnie": 1.3,
           "całkowicie": 1.3, "absolutnie": 1.4, "mega": 1.3, "strasznie": 1.3, "okropnie": 1.3,
           "niezmiernie": 1.4, "tak": 1.1, "taki": 1.1, "najbardziej": 1.4, "coraz": 1.1,
           "trochę": 0.7, "nieco": 0.7, "lekko": 0.7, "dość": 0.8, "raczej": 0.8, "średnio": 0.6,
           "prawie": 0.7, "ciut": 0.6},
    "ru": {"очень": 1.3, "крайне": 1.4, "совсем": 1.3, "абсолютно": 1.4, "совершенно": 1.3,
           "невероятно": 1.4, "весьма": 1.2, "чрезвычайно": 1.4, "реально": 1.2, "действительно": 1.2,
           "просто": 1.1, "так": 1.1, "такой": 1.1, "слишком": 1.2, "особенно": 1.2, "самый": 1.3,
           "ужасно": 1.3, "жутко": 1.3, "полностью": 1.3, "вообще": 1.2,
           "немного": 0.7, "чуть": 0.7, "слегка": 0.7, "довольно": 0.8, "несколько": 0.8,
           "почти": 0.7, "относительно": 0.7},
}
# Words VADER rates that, in an interview answer, are assent, politeness or a topic, not feeling.
NO_FEELING_EN = ("yes", "yeah", "yep", "ok", "okay", "please", "sure", "honestly", "support", "care", "chat")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CLAUSE_BREAK = re.compile(r"[,.;:!?—–()]")
_INFOS: dict[str, dict[str, tuple]] = {language: {} for language in LANGUAGES}
_VADER_FORMS: dict[str, tuple[str, str, bool]] = {}
_MAX_FORMS = 200_000


def rule_scores(texts: list[str], language: str) -> list[float]:
    """The rules' sentiment of each text in [-1, 1] (0 when they find no feeling): lexicon and cues.
    Lemmas are cached across texts, so repeated words are cheap."""
    if language == "en":
        compound, joined = _vader_compound, _english_phrases()
        return [with_cues(t.lower(), compound(joined(t)), language) if t.strip() else 0.0 for t in texts]
    return [with_cues(lowered, _lexicon_score(lowered, language), language) for lowered in map(str.lower, texts)]


@lru_cache(maxsize=1)
def _vader():
    """VADER with the kit's customer-experience words added (late, clunky, seamless...)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    for words, valence in lexicon_entries("en"):
        analyzer.lexicon.setdefault("_".join(words), valence * VADER_RANGE)
    for word in NO_FEELING_EN:
        analyzer.lexicon.pop(word, None)
    return analyzer


@lru_cache(maxsize=1)
def _english_phrases():
    """text -> text with the kit's English phrases ("on time", "let down") joined into one word
    by "_", as VADER's lexicon holds them and VADER reads single words only."""
    phrases = {" ".join(words) for words, _ in lexicon_entries("en") if len(words) > 1}
    trie = r"\b(?=\w)" + _trie(phrases)
    pattern, any_case = re.compile(trie), re.compile(trie, re.IGNORECASE)

    def join(text: str) -> str:
        lowered = text.lower()  # a case-sensitive search of the lower-cased text is ~2x faster than IGNORECASE
        if len(lowered) != len(text):  # a character whose lower case is longer: spans would not line up
            return any_case.sub(lambda m: "_".join(m.group().split()), text)
        pieces, last = [], 0
        for match in pattern.finditer(lowered):
            start, end = match.span()
            pieces += [text[last:start], "_".join(text[start:end].split())]
            last = end
        return "".join(pieces) + text[last:] if pieces else text
    return join


def _trie(phrases) -> str:
    """One regex for the phrases as a character trie (a space stands for any run of spaces), each
    ending at a word end: the longest phrase that fits wins, as in an alternation longest first,
    and a text word is read once instead of once per phrase that starts with its letter."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    def render(node: dict) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + render(child)
                    for char, child in sorted(node.items()) if char]
        branches += [r"\b"] if "" in node else []
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return render(root)


def _vader_compound(text: str) -> float:
    """VADER's compound score, exactly as ``polarity_scores`` gives it, at about twice its speed:
    the words outside its lexicon (most words) score 0 without VADER's per-word checks, and the
    pos/neu/neg shares nobody reads are not computed. Text with an emoji takes VADER's own path."""
    analyzer, vader = _vader(), _vader_module()
    if not text.isascii() and not _emoji_chars().isdisjoint(text):  # VADER's emojis are none of them ASCII
        return analyzer.polarity_scores(text)["compound"]
    forms = per_form(_VADER_FORMS, text.split(), _vader_form)  # VADER's SentiText.words_and_emoticons
    if not any(rated for _, _, rated in forms):
        return 0.0  # no word VADER rates: its sum is 0, and so is the compound
    words = [word for word, _, _ in forms]
    lowers = [lower for _, lower, _ in forms]
    last = len(words) - 1
    cap_diff = vader.allcap_differential(words)
    sentiments: list[float] = []
    for i, (_, lower, rated) in enumerate(forms):
        if not rated or (lower == "kind" and i < last and lowers[i + 1] == "of"):
            sentiments.append(0)
        else:
            sentiments.append(_vader_word(analyzer, vader, words, lowers, i, cap_diff))
    if "but" in lowers:
        sentiments = analyzer._but_check(words, sentiments)
    total = float(sum(sentiments))
    if total:
        total += math.copysign(analyzer._punctuation_emphasis(text), total)
    return round(vader.normalize(total), 4)


def _vader_word(analyzer, vader, words, lowers, i, is_cap_diff) -> float:
    """VADER's ``sentiment_valence`` for the lexicon word at i, on the sentence's lower-cased words
    computed once (VADER lowers the whole sentence again in each of its three negation checks)."""
    lexicon, lower = analyzer.lexicon, lowers[i]
    valence = lexicon[lower]
    if lower == "no" and i != len(words) - 1 and lowers[i + 1] in lexicon:
        valence = 0.0
    if ((i > 0 and lowers[i - 1] == "no") or (i > 1 and lowers[i - 2] == "no")
            or (i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in ("or", "nor"))):
        valence = lexicon[lower] * vader.N_SCALAR
    if words[i].isupper() and is_cap_diff:
        valence += vader.C_INCR if valence > 0 else -vader.C_INCR
    for start in range(3):
        before = i - (start + 1)
        if i > start and lowers[before] not in lexicon:
            scalar = (vader.scalar_inc_dec(words[before], valence, is_cap_diff)  # 0.0 unless a booster
                      if lowers[before] in vader.BOOSTER_DICT else 0.0)
            valence += scalar * (1, 0.95, 0.9)[start] if scalar != 0 else 0
            valence = _vader_negation(valence, lowers, start, i, vader.N_SCALAR)
            if start == 2:
                valence = _vader_idioms(valence, lowers, i, vader.SPECIAL_CASES, vader.BOOSTER_DICT)
    return analyzer._least_check(valence, lowers, i)


def _vader_idioms(valence, lowers, i, special, boosters):
    """VADER's ``_special_idioms_check`` on the lower-cased words ("yeah right", "kind of")."""
    word, one, two, three = lowers[i], lowers[i - 1], lowers[i - 2], lowers[i - 3]
    if _vader_idiom_words().isdisjoint((word, one, two, three, *lowers[i + 1:i + 3])):
        return valence  # none of the words of an idiom or a two-word booster is near
    for sequence in (f"{one} {word}", f"{two} {one} {word}", f"{two} {one}", f"{three} {two} {one}", f"{three} {two}"):
        if sequence in special:
            valence = special[sequence]
            break
    if len(lowers) - 1 > i and f"{word} {lowers[i + 1]}" in special:
        valence = special[f"{word} {lowers[i + 1]}"]
    if len(lowers) - 1 > i + 1 and f"{word} {lowers[i + 1]} {lowers[i + 2]}" in special:
        valence = special[f"{word} {lowers[i + 1]} {lowers[i + 2]}"]
    for gram in (f"{three} {two} {one}", f"{three} {two}", f"{two} {one}"):
        if gram in boosters:
            valence = valence + boosters[gram]
    return valence


def _vader_form(token: str) -> tuple[str, str, bool]:
    """A whitespace token as VADER keeps it (punctuation stripped unless that leaves <= 2
    characters), lower-cased, and whether VADER rates it (in its lexicon, not a booster)."""
    word = _vader_module().SentiText._strip_punc_if_word(token)
    lower = word.lower()
    return word, lower, lower in _vader().lexicon and lower not in _vader_module().BOOSTER_DICT


def _vader_negation(valence, lowers, start, i, scalar):
    """VADER's ``_negation_check`` with its negator list as a set."""
    negated = _vader_negators()
    one, two, three = lowers[i - 1], lowers[i - 2], lowers[i - 3]
    if start == 0:
        return valence * scalar if _is_negator(one, negated) else valence
    if start == 1:
        if two == "never" and one in ("so", "this"):
            return valence * 1.25
        if two == "without" and one == "doubt":
            return valence
        return valence * scalar if _is_negator(two, negated) else valence
    if three == "never" and two in ("so", "this") or one in ("so", "this"):
        return valence * 1.25
    if three == "without" and (two == "doubt" or one == "doubt"):
        return valence
    return valence * scalar if _is_negator(three, negated) else valence


def _is_negator(word: str, negators: frozenset) -> bool:
    return word in negators or "n't" in word


@lru_cache(maxsize=1)
def _vader_idiom_words() -> frozenset[str]:
    """The words of VADER's idioms and of its boosters of more than one word."""
    vader = _vader_module()
    return frozenset(word for key in [*vader.SPECIAL_CASES, *vader.BOOSTER_DICT] if " " in key for word in key.split())


@lru_cache(maxsize=1)
def _vader_negators() -> frozenset[str]:
    return frozenset(_vader_module().NEGATE)


@lru_cache(maxsize=1)
def _vader_module():
    from vaderSentiment import vaderSentiment

    return vaderSentiment


@lru_cache(maxsize=1)
def _emoji_chars() -> frozenset[str]:
    return frozenset(key for key in _vader().emojis if len(key) == 1)


@lru_cache(maxsize=20_000)
def has_valence(word: str, language: str = "en") -> bool:
    """Whether the scorer reads a feeling into this one word (lower case)."""
    if language == "en":
        return word in _vader().lexicon
    return _word_valence(word, language) is not None


@lru_cache(maxsize=200_000)
def lemma(word: str, language: str) -> str:
    """Lower-case simplemma lemma of one word (cached; simplemma imported on first use)."""
    import simplemma

    return simplemma.lemmatize(word, lang=language).lower()


@lru_cache(maxsize=None)
def lexicon(language: str) -> dict[tuple[str, ...], float]:
    """The shipped PL/RU lexicon as {tuple of lemmas: valence}; one-word entries are 1-tuples.
    Each entry is keyed by its written form and by its lemmas, so either matches."""
    table: dict[tuple[str, ...], float] = {}
    for written, valence in lexicon_entries(language):
        table.setdefault(written, valence)
        table.setdefault(tuple(lemma(w, language) for w in written), valence)
    return table


def lexicon_entries(language: str) -> list[tuple[tuple[str, ...], float]]:
    """(words, valence -1..1) as written in the shipped ``lexicon_<language>.tsv``."""
    text = resources.files(__package__).joinpath(f"lexicon_{language}.tsv").read_text("utf-8")
    entries = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            words, valence = line.rsplit("\t", 1)
            entries.append((tuple(words.lower().split()), float(valence)))
    return entries


def _lexicon_score(lowered: str, language: str) -> float:
    """The PL/RU score of a text in lower case."""
    tokens, clauses = [], []
    for clause, part in enumerate(_CLAUSE_BREAK.split(lowered)):
        words = _WORD.findall(part)  # negation and intensifiers do not reach across punctuation
        if words:
            tokens += words
            clauses += [clause] * len(words)
    infos = per_form(_INFOS[language], tokens, _token_info, language)
    without, fillers, after = WITHOUT[language], WITHOUT_FILLERS[language], NEGATED_AFTER[language]
    total, but_at, end = 0.0, False, 0
    for i, info in enumerate(infos):
        if i < end or (info[0] is None and not info[1]):  # inside a phrase, or no feeling here
            continue
        size, valence = _phrase(tokens, infos, i, language) if info[1] else (1, info[0])
        if valence is None:
            continue
        end = i + size
        if but_at is False:
            but_at = _contrast_at(tokens, language)
        value = valence * VADER_RANGE
        first, clause = max(0, i - 3), clauses[i]
        while clauses[first] != clause:  # the window: the three words before, in the same clause
            first += 1
        if (any(infos[j][2] for j in range(first, i)) or (i and tokens[i - 1] == without)
                or (i > 1 and tokens[i - 2] == without and tokens[i - 1] in fillers)
                or _negated_after(tokens, clauses, end, after)):
            value *= NEGATION_SCALAR
        for j in range(max(first, i - 2), i):
            factor = infos[j][3]
            if factor:
                value *= factor
        if but_at is not None:
            value *= 0.5 if i < but_at else 1.5
        total += value
    if total:
        total += math.copysign(min(lowered.count("!"), 4) * 0.292, total)
    return round(total / math.sqrt(total * total + ALPHA), 4)


def per_form(known: dict, tokens: list[str], describe, *args) -> list:
    """``describe(token, *args)`` of each token, kept in ``known``: the same word forms recur across
    answers, and a plain dict look-up costs a fraction of a cached call."""
    try:
        return [known[token] for token in tokens]
    except KeyError:
        if len(known) > _MAX_FORMS:
            known.clear()
        for token in tokens:
            if token not in known:
                known[token] = describe(token, *args)
        return [known[token] for token in tokens]


def _contrast_at(tokens: list[str], language: str):
    """Index of the last contrast word or two-word phrase ("ale", "а вот"), or None."""
    words, pairs, starts = _CONTRAST_WORDS[language]
    if words.isdisjoint(tokens) and starts.isdisjoint(tokens):  # most texts: no contrast at all
        return None
    return max((i for i, token in enumerate(tokens)
                if token in words or (i + 1 < len(tokens) and (token, tokens[i + 1]) in pairs)), default=None)


def _contrast_words(language: str) -> tuple[frozenset, frozenset, frozenset]:
    """CONTRAST's one-word entries, its two-word ones, and the first words of those."""
    phrases = [tuple(entry.split()) for entry in CONTRAST[language]]
    pairs = frozenset(p for p in phrases if len(p) == 2)
    return frozenset(p[0] for p in phrases if len(p) == 1), pairs, frozenset(p[0] for p in pairs)


_CONTRAST_WORDS = {language: _contrast_words(language) for language in LANGUAGES}


def _negated_after(tokens, clauses, j, after) -> bool:
    """Whether the words from j on, in the same clause, say "there is no" of the word before j."""
    if j >= len(tokens) or clauses[j] != clauses[j - 1] or tokens[j] not in after:
        return False
    verbs = after[tokens[j]]
    return verbs is None or (j + 1 < len(tokens) and clauses[j + 1] == clauses[j] and tokens[j + 1] in verbs)


def _token_info(token: str, language: str) -> tuple:
    """What the scorer needs of one word form, looked up once per form (the same words recur
    across answers): (its valence or None, whether a lexicon phrase may start at it, whether it
    negates, its intensifier factor or None, its lemma)."""
    form = lemma(token, language)
    starts = _phrase_starts(language)
    negators = NEGATORS[language]
    return (_word_valence(token, language), token in starts or form in starts,
            token in negators or form in negators, INTENSIFIERS[language].get(token), form)


_ADJECTIVE_ENDINGS = {
    "pl": ("ymi", "ego", "emu", "ych", "ej", "ym", "ą", "a", "e"),
    "ru": ("ыми", "ими", "ого", "его", "ому", "ему", "ая", "яя", "ое", "ее", "ые", "ие", "ой", "ую", "юю",
           "ым", "им", "ых", "их"),
}


@lru_cache(maxsize=200_000)
def _adjective_bases(word: str, language: str) -> tuple[str, ...]:
    """Dictionary forms an inflected adjective may come from, for forms simplemma leaves as
    they are ("miła" -> "miły", "szybka" -> "szybki", "быстрая" -> "быстрый")."""
    for ending in _ADJECTIVE_ENDINGS[language]:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            if language == "pl":
                return (stem + "i",) if stem[-1] in "kg" else (stem + "y",)
            return stem + "ый", stem + "ий", stem + "ой"
    return ()


# (ending, what replaces it) of past and present verb forms: the infinitive the lexicon keys on.
# Longest endings first; the first that fits is the only one tried.
_VERB_ENDINGS = {
    "pl": (("liśmy", "ć"), ("łyśmy", "ć"), ("łem", "ć"), ("łam", "ć"), ("łeś", "ć"), ("łaś", "ć"), ("ują", "ować"),
           ("uje", "ować"), ("ają", "ać"), ("ła", "ć"), ("ło", "ć"), ("ły", "ć"), ("li", "ć"), ("ł", "ć"),
           ("ią", "ić"), ("i", "ić"), ("a", "ać")),
    "ru": (("лась", "ться"), ("лось", "ться"), ("лись", "ться"), ("лся", "ться"), ("ается", "аться"),
           ("аются", "аться"), ("яется", "яться"), ("ится", "иться"), ("ятся", "иться"), ("ает", "ать"),
           ("ают", "ать"), ("яет", "ять"), ("яют", "ять"), ("ит", "ить"), ("ят", "ить"), ("ла", "ть"),
           ("ло", "ть"), ("ли", "ть"), ("л", "ть")),
}


@lru_cache(maxsize=200_000)
def _verb_base(word: str, language: str) -> str | None:
    """The infinitive a verb form may come from, for the colloquial verbs simplemma does not know
    ("накосячили" -> "накосячить", "впарили" -> "впарить", "zjebali" -> "zjebać")."""
    for ending, infinitive in _VERB_ENDINGS[language]:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)] + infinitive
    return None


def _phrase(tokens, infos, i, language):
    """Longest lexicon entry starting at token i, where a phrase may start: (length, valence)."""
    pairs = _phrase_pairs(language)
    if i + 1 < len(tokens) and ((tokens[i], tokens[i + 1]) in pairs or (infos[i][4], infos[i + 1][4]) in pairs):
        table = lexicon(language)
        for size in range(min(_MAX_PHRASE, len(tokens) - i), 1, -1):
            for key in (tuple(tokens[i:i + size]), tuple(info[4] for info in infos[i:i + size])):
                if key in table:
                    return size, table[key]
    return 1, infos[i][0]


@lru_cache(maxsize=None)
def _phrase_starts(language: str) -> frozenset[str]:
    """First words of the multi-word entries: only there is a longer match worth trying."""
    return frozenset(key[0] for key in lexicon(language) if len(key) > 1)


@lru_cache(maxsize=None)
def _phrase_pairs(language: str) -> frozenset[tuple[str, str]]:
    """First two words of the multi-word entries: most words that may start one are not followed
    by a word that continues any ("nie" is, far more often than not, no phrase)."""
    return frozenset(key[:2] for key in lexicon(language) if len(key) > 1)


@lru_cache(maxsize=200_000)
def _word_valence(word: str, language: str):
    """The valence of one word, or None; cached, since the same words recur across answers.
    A word glued to the negation prefix (niesmaczny, неудобный) and absent from the lexicon
    counts as the negated word."""
    table = lexicon(language)
    for key in ((word,), (lemma(word, language),)):
        if key in table:
            return table[key]
    for base in _adjective_bases(word, language):
        if (base,) in table:
            return table[(base,)]
    verb = _verb_base(word, language)
    if verb and (verb,) in table:
        return table[(verb,)]
    prefix = "nie" if language == "pl" else "не"
    if word.startswith(prefix) and len(word) > len(prefix) + 3:
        rest = word[len(prefix):]
        for key in ((rest,), (lemma(rest, language),)):
            if key in table:
                return table[key] * NEGATION_SCALAR
    return None
