"""Which tool wrote the export, and how its header rows name the questions.

Each tool has a recognisable header: Qualtrics a row of ids over a row of wordings (and a row
of ImportId JSON), SurveyMonkey the question text over "Response" sub-headers, LimeSurvey
"Response ID, Date submitted, Last page", Google Forms "Timestamp" first, Microsoft Forms
"Id, Start time, Completion time", Typeform "#" ... "Network ID".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .scales import clean_header, norm

GOOGLE_TIMESTAMP = {"timestamp", "sygnatura czasowa", "отметка времени", "zeitstempel", "marca temporal",
                    "horodateur", "carimbo de data/hora", "informazioni cronologiche", "tijdstempel",
                    "позначка часу", "časová značka", "zaman damgası", "tidstämpel", "tidsstempel", "aikaleima",
                    "indicación de fecha y hora"}
MS_FORMS_FIRST = {"id", "identyfikator", "ид", "идентификатор"}
MS_FORMS_TIMES = {"start time", "godzina rozpoczęcia", "время начала", "startzeit", "completion time"}
SURVEYMONKEY_ID = {"respondent id", "respondentid", "identyfikator respondenta", "id respondenta",
                   "id респондента", "befragten-id", "teilnehmer-id"}
SURVEYMONKEY_META = {"respondent id", "collector id", "start date", "end date", "ip address",
                     "email address", "first name", "last name", "custom data 1", "identyfikator kolektora",
                     "data rozpoczęcia", "data zakończenia", "adres ip", "id коллектора", "дата начала",
                     "дата окончания", "ip-адрес", "startdatum", "enddatum", "ip-adresse"}
# what SurveyMonkey writes under a one-answer question: the column is the question itself
SUBHEADER_PLAIN = {"response", "open-ended response", "odpowiedź", "odpowiedź otwarta", "ответ",
                   "открытый ответ", "ответ в свободной форме", "antwort", "offene antwort", ""}
# LimeSurvey's own columns in its full-headings (EN/DE/PL/RU) and question-code exports
LIMESURVEY_META = {"response id", "date submitted", "last page", "start language", "date started",
                   "date last action", "id", "submitdate", "lastpage", "startlanguage", "antwort id",
                   "datum abgeschickt", "letzte seite", "start-sprache", "id odpowiedzi", "data wysłania",
                   "ostatnia strona", "język startowy", "id ответа", "дата отправки", "последняя страница",
                   "язык"}
_IMPORT_ID = re.compile(r"""^\{\s*['"]ImportId['"]\s*:""")
_DATE_START = re.compile(r"\d{1,4}[-./]\d{1,2}[-./]\d{1,4}")

# column names that describe the response, not the respondent's answers
META_COLUMNS = {
    "id": {"responseid", "response id", "respondent id", "id", "#", "_recordid", "respondentid",
           "identyfikator", "response_id", "nr", "lp", "№", "ид", "antwort id", "id odpowiedzi", "id ответа",
           "identyfikator respondenta", "id respondenta", "id респондента", "befragten-id"},
    "date": {"startdate", "enddate", "recordeddate", "start date", "end date", "timestamp", "start time",
             "completion time", "last modified time", "date submitted", "date started", "date last action",
             "start date (utc)", "submit date (utc)", "stage date (utc)", "submitdate", "startdate",
             "datestamp", "sygnatura czasowa", "отметка времени", "zeitstempel", "datum abgeschickt",
             "horodateur", "marca temporal", "carimbo de data/hora", "informazioni cronologiche", "tijdstempel",
             "позначка часу", "časová značka", "zaman damgası", "tidstämpel", "tidsstempel", "aikaleima",
             "data wysłania", "дата отправки", "data rozpoczęcia", "data zakończenia", "дата начала",
             "дата окончания", "startdatum", "enddatum"},
    "meta": {"status", "ipaddress", "ip address", "progress", "duration (in seconds)", "finished",
             "recipientlastname", "recipientfirstname", "recipientemail", "externalreference",
             "locationlatitude", "locationlongitude", "distributionchannel", "userlanguage",
             "collector id", "email address", "first name", "last name", "custom data 1", "email", "name",
             "network id", "tags", "last page", "start language", "seed", "lastpage", "startlanguage",
             "ipaddr", "refurl", "referrer url", "total time", "token", "q_recaptchascore",
             "q_relevantidduplicate", "ending", "response type", "externaldatareference", "emailaddress",
             "responseset", "letzte seite", "start-sprache", "ostatnia strona", "język startowy",
             "последняя страница", "identyfikator kolektora", "adres ip", "id коллектора", "ip-адрес",
             "ip-adresse"},
}


@dataclass
class Header:
    format: str
    header_rows: int
    columns: list[str]  # column ids as the user sees them
    texts: list[str]  # question wordings


def detect_header(records: list[tuple[int, list[str]]], *, spss_labels: list[str] | None = None) -> Header:
    rows = [cells for _, cells in records[:3]]
    first = [norm(c) for c in rows[0]]
    second = rows[1] if len(rows) > 1 else []
    if spss_labels is not None:
        return _finish("spss", 1, rows[0], spss_labels)
    if "responseid" in first or "responseid" in [norm(c) for c in second] or first[:2] == ["v1", "v2"]:
        return _qualtrics(rows)
    if first and first[0] in SURVEYMONKEY_ID and (SURVEYMONKEY_META & set(first[1:]) or _blank_under_id(second)):
        return _with_sub_header("surveymonkey", rows, " - ", always=_blank_under_id(second))
    if len(LIMESURVEY_META & set(first[:8])) >= 2 and ("response id" in first or "id" in first
                                                       or LIMESURVEY_META & set(first[:1])):
        return _with_sub_header("limesurvey", rows, " ")
    if first and first[0] in GOOGLE_TIMESTAMP:
        return _with_sub_header("google_forms", rows, " ")
    if len(first) > 2 and first[0] in MS_FORMS_FIRST and first[1] in MS_FORMS_TIMES:
        return _with_sub_header("microsoft_forms", rows, " ")
    if first and (first[0] == "#" and {"network id", "submit date (utc)"} & set(first)
                  or {"network id", "submit date (utc)"} <= set(first)):
        return _finish("typeform", 1, rows[0], rows[0])
    if second and _plain_subheaders(second) and is_sub_header(rows[0], second):
        return _with_sub_header("surveymonkey", rows, " - ")  # edited in Excel, its id columns removed
    return _with_sub_header("generic", rows, " - ")


def _qualtrics(rows: list[list[str]]) -> Header:
    ids = rows[0]
    if norm(ids[0]) == "v1" and len(rows) > 1:  # legacy: V1..Vn over ResponseID + wordings
        texts = rows[1]
        columns = [t if i.lower().startswith("v") and i[1:].isdigit() else i for i, t in zip(ids, texts)]
        return _finish("qualtrics", 2 + _import_ids(rows[2:3]), columns, texts)
    header_rows = 1
    texts = ids
    if len(rows) > 1 and (_import_ids(rows[1:2]) or not _looks_like_data(rows[1])):
        if _import_ids(rows[1:2]):  # ids over ImportIds, no wording row
            return _finish("qualtrics", 2, ids, ids)
        header_rows, texts = 2, rows[1]
        header_rows += _import_ids(rows[2:3])
    return _finish("qualtrics", header_rows, ids, texts)


def _import_ids(rows: list[list[str]]) -> int:
    """1 when the row is Qualtrics' ImportId row, JSON or Python-style ({'ImportId': 'QID2-1'})."""
    return int(bool(rows) and any(_IMPORT_ID.match(c.strip()) for c in rows[0]))


def _looks_like_data(cells: list[str]) -> bool:
    """A Qualtrics response row starts with a date; a wording row with 'Start Date' or similar."""
    return bool(cells) and bool(_DATE_START.match(cells[0].strip()))


def _blank_under_id(second: list[str]) -> bool:
    return bool(second) and not second[0].strip()


def _plain_subheaders(cells: list[str]) -> bool:
    return any(norm(c) in SUBHEADER_PLAIN - {""} for c in cells)


def is_sub_header(top: list[str], sub: list[str]) -> bool:
    """Is ``sub`` the option row under merged question cells (or SurveyMonkey's Response row)?

    Merged cells leave the question in their first column and blanks after it; the option row
    fills every column of such a group, and, unlike a respondent's row, holds no dates, mostly
    no numbers, and nothing under the id and timestamp columns.
    """
    width = max(len(top), len(sub))
    top = [c.strip() for c in top] + [""] * (width - len(top))
    sub = [c.strip() for c in sub] + [""] * (width - len(sub))
    while width and not top[width - 1] and not sub[width - 1]:
        width -= 1
    top, sub = top[:width], sub[:width]
    filled = [c for c in sub if c]
    if not filled or any(_DATE_START.match(c) for c in filled):
        return False
    if sum(c.replace(".", "", 1).replace(",", "", 1).isdigit() for c in filled) * 2 >= len(filled):
        return False
    if any(sub[i] and meta_type(top[i]) in ("id", "date") for i in range(width)):
        return False
    if _plain_subheaders(sub):
        return True
    started = False
    merged = False
    for i in range(width):
        if top[i]:
            started = True
        elif started:  # a column inside a merged question cell
            merged = True
            if not sub[i] or not sub[i - 1] and top[i - 1]:
                return False
    return merged


def _with_sub_header(fmt: str, rows: list[list[str]], joiner: str, *, always: bool = False) -> Header:
    """One header row, or two when the second is an option row under merged question cells:
    then a column is "question - option" (LimeSurvey style "question [option]" with joiner " ")."""
    questions, subs = rows[0], rows[1] if len(rows) > 1 else []
    if not (always or (subs and is_sub_header(questions, subs))):
        return _finish(fmt, 1, questions, questions)
    columns, texts, current = [], [], ""
    for i, question in enumerate(questions):
        if question.strip():
            current = question
        sub = subs[i] if i < len(subs) else ""
        if norm(sub) in SUBHEADER_PLAIN:
            columns.append(current)
        else:
            columns.append(f"{current} [{sub.strip()}]" if joiner == " " else f"{current}{joiner}{sub.strip()}")
        texts.append(current)
    return _finish(fmt, 2, columns, texts)


def _finish(fmt: str, header_rows: int, columns: list[str], texts: list[str]) -> Header:
    clean = [clean_header(c) or f"column {i + 1}" for i, c in enumerate(columns)]
    unique: list[str] = []
    for name in clean:  # duplicate headers get .1, .2 like spreadsheet tools show them
        candidate, count = name, 0
        while candidate in unique:
            count += 1
            candidate = f"{name}.{count}"
        unique.append(candidate)
    wordings = [clean_header(texts[i]) if i < len(texts) else "" for i in range(len(unique))]
    return Header(fmt, header_rows, unique, [w or c for w, c in zip(wordings, unique)])


def meta_type(column: str) -> str | None:
    """'id', 'date' or 'meta' for the columns a tool adds around the answers."""
    key = norm(column)
    for kind, names in META_COLUMNS.items():
        if key in names:
            return kind
    return None
