"""Which tool wrote the export, and how its header rows name the questions.

Each tool has a recognisable header: Qualtrics a row of ids over a row of wordings (and a row
of ImportId JSON), SurveyMonkey the question text over "Response" sub-headers, LimeSurvey
"Response ID, Date submitted, Last page", Google Forms "Timestamp" first, Microsoft Forms
"Id, Start time, Completion time", Typeform "#" ... "Network ID".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .scales import norm

GOOGLE_TIMESTAMP = {"timestamp", "sygnatura czasowa", "отметка времени", "zeitstempel", "marca temporal",
                    "horodateur", "carimbo de data/hora", "informazioni cronologiche"}
MS_FORMS_FIRST = {"id", "identyfikator", "ид", "идентификатор"}
MS_FORMS_TIMES = {"start time", "godzina rozpoczęcia", "время начала", "startzeit", "completion time"}
SURVEYMONKEY_META = {"respondent id", "collector id", "start date", "end date", "ip address",
                     "email address", "first name", "last name", "custom data 1"}
SUBHEADER_PLAIN = {"response", "open-ended response", "odpowiedź", "ответ", "antwort", ""}

# column names that describe the response, not the respondent's answers
META_COLUMNS = {
    "id": {"responseid", "response id", "respondent id", "id", "#", "_recordid", "respondentid",
           "identyfikator", "response_id", "nr", "lp", "№", "ид"},
    "date": {"startdate", "enddate", "recordeddate", "start date", "end date", "timestamp", "start time",
             "completion time", "last modified time", "date submitted", "date started", "date last action",
             "start date (utc)", "submit date (utc)", "stage date (utc)", "submitdate", "startdate",
             "datestamp", "sygnatura czasowa", "отметка времени", "zeitstempel"},
    "meta": {"status", "ipaddress", "ip address", "progress", "duration (in seconds)", "finished",
             "recipientlastname", "recipientfirstname", "recipientemail", "externalreference",
             "locationlatitude", "locationlongitude", "distributionchannel", "userlanguage",
             "collector id", "email address", "first name", "last name", "custom data 1", "email", "name",
             "network id", "tags", "last page", "start language", "seed", "lastpage", "startlanguage",
             "ipaddr", "refurl", "referrer url", "total time", "token", "q_recaptchascore",
             "q_relevantidduplicate", "ending", "response type", "externaldatareference", "emailaddress",
             "responseset"},
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
    if first and first[0] == "respondent id" and SURVEYMONKEY_META & set(first[1:]):
        return _surveymonkey(rows)
    if {"response id", "date submitted", "last page"} <= set(first) or {"id", "submitdate", "lastpage"} <= set(first):
        return _finish("limesurvey", 1, rows[0], rows[0])
    if first and first[0] in GOOGLE_TIMESTAMP:
        return _finish("google_forms", 1, rows[0], rows[0])
    if len(first) > 2 and first[0] in MS_FORMS_FIRST and first[1] in MS_FORMS_TIMES:
        return _finish("microsoft_forms", 1, rows[0], rows[0])
    if first and first[0] == "#" and ({"network id", "submit date (utc)"} & set(first)):
        return _finish("typeform", 1, rows[0], rows[0])
    return _finish("generic", 1, rows[0], rows[0])


def _qualtrics(rows: list[list[str]]) -> Header:
    ids = rows[0]
    if norm(ids[0]) == "v1" and len(rows) > 1:  # legacy: V1..Vn over ResponseID + wordings
        texts = rows[1]
        columns = [t if i.lower().startswith("v") and i[1:].isdigit() else i for i, t in zip(ids, texts)]
        return _finish("qualtrics", 2, columns, texts)
    header_rows = 1
    texts = ids
    if len(rows) > 1 and not _looks_like_data(rows[1]):
        header_rows, texts = 2, rows[1]
        if len(rows) > 2 and any(c.strip().startswith('{"ImportId"') for c in rows[2]):
            header_rows = 3
    return _finish("qualtrics", header_rows, ids, texts)


def _looks_like_data(cells: list[str]) -> bool:
    """A Qualtrics response row starts with a date; a wording row with 'Start Date' or similar."""
    return bool(cells) and bool(re.match(r"\d{1,4}[-./]\d{1,2}[-./]\d{1,4}", cells[0].strip()))


def _surveymonkey(rows: list[list[str]]) -> Header:
    questions, subs = rows[0], rows[1] if len(rows) > 1 else []
    columns, texts, current = [], [], ""
    for i, question in enumerate(questions):
        if question.strip():
            current = question
        sub = subs[i] if i < len(subs) else ""
        if norm(sub) in SUBHEADER_PLAIN:
            columns.append(current)
        else:
            columns.append(f"{current} - {sub.strip()}")
        texts.append(current)
    return _finish("surveymonkey", 2, columns, texts)


def clean_header(text: str) -> str:
    """Headers as a person reads them: NBSP and runs of spaces become one space."""
    return re.sub(r"\s+", " ", str(text).replace("\u00a0", " ")).strip()


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
