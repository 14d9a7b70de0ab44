"""What the interviewer's turns set as the topic of the answers after them, and which short
answers say nothing.

A turn asks about what its questions name (its remarks only when the questions name nothing),
outside the moment a question sets; a question about the shop's help
with no touchpoint word asks about support; short comments ("mhm", "rozumiem", "понятно") carry
the topic on, anything else clears it, so no older topic is carried into an answer. Warm-up
questions about the participant make what the answers name without a feeling no evidence.
"""
from __future__ import annotations

import re

from .story import clause_spans, setting_in, setting_spans
from .vocabulary import NAMED, Vocabulary, mentions, unquoted
from .words import WORD

# Questions about the shop's help that name no touchpoint ("What happened when you called?", "Did
# anyone help you?", "Did they reply?", "I odpisali?", "И ответили?", "How long did it take them to get
# back to you?", "Czy rozwiązali problem?",
# "Вам помогли?"): they ask about customer support.
_ASKS_SUPPORT = {
    "en": r"\byou (?:called|rang|phoned|contacted)\b|\bget (?:hold of|through)\b|\bget back to you\b"
          r"|\bdid (?:they|anyone|anybody|someone) (?:help|sort|solve|fix|resolve|answer|reply|respond|write back|call back"
          r"|ring back|get back)\b",
    "pl": r"\bzadzwonił\w*|\bpomogli\b|\brozwiązali\b|\bodpisali\b|\bodpowiedzieli\b|\boddzwonili\b|\bkontakt\w* (?:ze sklepem|z nimi)\b|\bkontaktował\w* się\b",
    "ru": r"\bпозвонили\b|\bвам помогли\b|\bответили\b|\bперезвонили\b|\bрешили (?:проблему|вопрос)\b|\b(?:проблему|вопрос) решили\b"
          r"|\bсвязаться с магазином\b|\bсвязались\b",
}
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
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
_HESITATION = {"en": {"let", "me", "think", "well", "um", "uh", "erm", "not", "sure", "maybe", "dunno", "suppose",
                      "guess"},
               "pl": {"niech", "pomyślę", "hmm", "yyy", "eee", "nie", "wiem", "może", "chyba", "zastanowię", "się"},
               "ru": {"дайте", "подумать", "хм", "эээ", "э", "не", "знаю", "может", "наверное", "пожалуй", "ну"}}
# Questions about the participant and the interview itself ("Could you introduce yourself?", "Jak
# często robi Pani zakupy?", "Расскажите о себе", "Czym się Pan zajmuje?", "Czy zgodzi się Pan,
# żebyśmy nagrywali rozmowę?", "Anything you'd like to add?"): what the answers name in passing
# without a feeling (a job, a joke about the recording) is no evidence.
_SMALL_TALK = {
    "en": r"\bintroduce yourself\b|\babout yourself\b|\bdescribe yourself\b"
          r"|\bwho does (?:most of )?the (?:\w+ )?shopping\b|\bhow often do you (?:shop|order|buy)\b"
          r"|\bwhat do you do (?:for a living|for work)\b|\bwhat(?: is|'s) your job\b"
          r"|\brecord(?:ing)? (?:this|the|our) (?:call|conversation|interview|session)\b|\banything (?:else )?to add\b",
    "pl": r"\bprzedstawi\w* się\b|\bo sobie\b|\bopisa\w* (?:\w+ )?siebie\b|\bjak często (?:\w+ ){0,2}(?:robi|kupuje|zamawia)\w*"
          r"|\bkto (?:\w+ )?robi (?:\w+ )?zakupy\b|\bczym się (?:\w+ )?zajmuje\w*|\bgdzie (?:\w+ )?pracuje\w*"
          r"|\bzawodowo\b|\bnagrywa\w*|\bcoś dodać\b",
    "ru": r"\bпредстав\w*сь\b|\bо себе\b|\bопиш\w* себя\b|\bкак часто (?:\w+ ){0,2}(?:делаете покупки|покупаете|заказываете)\b"
          r"|\bкто (?:у вас )?(?:\w+ )?(?:делает|покупает)\b|\bчем (?:вы )?занимаетесь\b|\b(?:кем|где) (?:вы )?работаете\b"
          r"|\bзапис\w* (?:\w+ )?(?:разговор|интервью|беседу)\b|\b(?:что-(?:то|нибудь) )?добавить\b",
}


def next_context(question: str, context: dict[str, float], vocabulary: Vocabulary,
                 after_short: bool = False) -> dict[str, float]:
    """The touchpoints an interviewer's turn sets as the topic of the answers after it: those it
    names outside the moment it sets ("What did you do after the order arrived?" asks about no
    delivery), else customer support when it asks about the shop's help in other words. A short
    comment keeps the topic, and so does a short turn after a short answer (``after_short``): it
    clarifies or presses the same question ("The return?" "Yeah, for the boots."; "Hmm." "Tak
    szczerze."; "Вернули." "Быстро?")."""
    named = asked(question, vocabulary)
    if named:
        return {tp_id: QUESTION for tp_id in named}
    support = vocabulary.owners.get("support")
    if support and re.search(_ASKS_SUPPORT.get(vocabulary.language, r"$^"), question.lower()):
        return {support: QUESTION}
    if backchannel(question, vocabulary.language) or after_short and short(question):
        return {tp_id: round(confidence - CARRIED, 2) for tp_id, confidence in context.items()
                if confidence - CARRIED >= 0.4}
    return {}


FOLLOW_UP = 0.55  # confidence of a quote coded by the answer before it, which a follow-up question points back to
# The interviewer's probes into the answer before ("How did that make you feel?", "What happened next?",
# "Why?", "What did they say?", "Jak się Pani wtedy czuła?", "I co dalej?", "Почему?", "Что вам ответили?"):
# they ask about what the answer told, not about something new. In PL and RU a feeling is a probe when
# asked in the past tense, of the story ("Jak Fafik się czuje?" asks about the dog).
_PROBES = {
    "en": r"\bhow (?:did|does|do|would) (?:that|it|this) (?:make you )?feel\b|\bhow did you feel\b|\bfeel about (?:that|it|this)\b"
          r"|\bhappen(?:ed)? (?:next|then|after that)\b|\band then\b|\bthen what\b|\bwhat then\b"
          r"|\bwhy\b|\bhow (?:so|come)\b|\bin what way\b|\btell me more\b|\bgo on\b|\bfor example\b|\ban example\b"
          r"|\bwhat did (?:they|he|she) (?:say|do|tell|offer)\b|\bdid (?:it|that|they) (?:help|work|sort it)\b"
          r"|\bwhat would have made (?:it|that) better\b|\bhow did you (?:take|react)\b",
    "pl": r"\b(?:po)?czuł\w*|\bco (?:się )?(?:było|działo|stało) (?:dalej|potem)\b|\b[ia] (?:co )?(?:potem|dalej)\b"
          r"|\bi co\b|\bdlaczego\b|\bczemu\b|\bw jakim sensie\b|\bwięcej\b|\bna przykład\b"
          r"|\bco (?:oni|ona|on|pani|panu|pan)? ?(?:na to|powiedzie\w+|odpowiedzie\w+|zrobili|zrobiła|zrobił|zaproponowa\w+)"
          r"|\b(?:pomogło|zadziałało)\b|\bco by (?:to )?(?:poprawiło|pomogło)\b|\bprzyję\w*|\bzareagowa\w*",
    "ru": r"\b(?:по)?чувствовал\w*|\bощущени\w*|\bчто (?:было|произошло|случилось) (?:дальше|потом)\b|\b[аи] (?:что )?(?:потом|дальше)\b"
          r"|\bи что\b|\bпочему\b|\bв каком смысле\b|\bподробнее\b|\bнапример\b"
          r"|\bчто (?:вам )?(?:они |он |она )?(?:сказали|сказал|сказала|ответили|ответил|ответила|сделали|предложили)\b"
          r"|\b(?:помогло|сработало)\b|\bчто бы (?:это )?(?:улучшило|помогло)\b|\bотнесл\w*|\bотреагировал\w*",
}


def follows_up(question: str, language: str) -> bool:
    """Whether an interviewer's turn that names no touchpoint probes the answer before it (_PROBES)."""
    return bool(re.search(_PROBES.get(language, r"$^"), question.lower()))


def backchannel(text: str, language: str) -> bool:
    """An interviewer's short comment that keeps the topic ("Mhm, I see.", "Rozumiem.")."""
    return "?" not in text and {word.lower() for word in WORD.findall(text)} <= BACKCHANNEL.get(language, set())


def short(text: str) -> bool:
    """A turn of a few words ("The return?", "Hmm.", "Yeah, for the boots.")."""
    return len(WORD.findall(text)) <= _FILLER


def non_answer(text: str, language: str) -> bool:
    """A short answer of assent or hesitation only ("Yes.", "Let me think.", "Nie wiem."), as
    opposed to a short one that says something ("Nie, wolę przeglądarkę.")."""
    words = {word.lower() for word in WORD.findall(text)}
    return len(words) <= _FILLER and words <= BACKCHANNEL.get(language, set()) | _HESITATION.get(language, set())


def asked(question: str, vocabulary: Vocabulary) -> set[str]:
    """The touchpoints an interviewer's turn asks about: those its questions name, else those its
    remarks name ("That's useful about the courier. How did you pay?" asks about paying; "You
    mentioned the courier. What happened?" about the courier)."""
    sentences = [part for part in _SENTENCE.split(question) if part.strip()]
    questions = [sentence for sentence in sentences if sentence.rstrip().endswith("?")]
    return (questions and _named_outside_moment(" ".join(questions), vocabulary)) \
        or _named_outside_moment(question, vocabulary)


def _named_outside_moment(question: str, vocabulary: Vocabulary) -> set[str]:
    """The touchpoints a question names outside the moment it sets; a one-clause question that
    opens with "when" asks when ("When did the groceries come?"), it sets no moment. A question
    that names nothing else asks about the moment it sets when a keyword of its own names it ("And
    when you tried to return the mattress, what happened?"; not "after the order arrived"). What
    it names only in passing (by a verb: "co przyszło") counts when it names nothing else, or when
    the rest are its parts ("Jak Pan odsyłał kurtkę, przez paczkomat?" asks about the return)."""
    blank = unquoted(question)
    spans = clause_spans(blank)
    settings = setting_spans(blank, vocabulary.language)
    if len(spans) == 1:
        settings = [(at, until) for at, until in settings if blank[:at].strip()]
    named, passing, moment = set(), set(), set()
    for start, end in spans:
        setting = setting_in(settings, start, end)
        for tp_id, (_, aside) in mentions(blank[start:end if setting is None else start + setting], vocabulary).items():
            (passing if aside else named).add(tp_id)
        if setting is not None:
            moment |= {tp_id for tp_id, (value, aside) in mentions(blank[start + setting:end], vocabulary).items()
                       if value == NAMED and not aside}
    story = {tp_id for tp_id in passing if vocabulary.parts_of({tp_id}) & named}  # sent back by parcel locker
    return (named - vocabulary.parts_of(story)) | story or passing or moment


def small_talk(question: str, language: str, before: bool) -> bool:
    """Whether the answers after this interviewer turn are small talk: a warm-up question, or a
    short comment after one (``before``: the turn before set small talk)."""
    warm_up = re.search(_SMALL_TALK.get(language, r"$^"), question.lower())
    return bool(warm_up) or before and backchannel(question, language)
