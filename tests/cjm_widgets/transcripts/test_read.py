"""Reading transcripts: the real exports in ../shared/fixtures-real and synthetic files per format."""
from __future__ import annotations

import json
import zipfile
from xml.sax.saxutils import escape

import pytest

from cjm_widgets.errors import InputError
from cjm_widgets.transcripts import format_transcript_inspection, inspect_transcript, read_transcript

CONTRACT_KEYS = {"format", "encoding", "utterances", "speakers", "roles", "problems"}


# ---- real exports -------------------------------------------------------------------------

def test_real_mac_roman_cr_only_qa_interview(real_fixtures):
    path = real_fixtures / "transcripts" / "interview_transcript_2_cr_only.txt"
    transcript = read_transcript(path)
    assert transcript.format == "qa_txt"
    assert transcript.encoding == "mac_roman"
    # 31 Q: and 35 A: turns in the file; three A: turns follow another A: and merge -> 63
    assert len(transcript.utterances) == 63
    assert transcript.speakers == ["A", "Q"]
    assert transcript.roles == {"A": "participant", "Q": "interviewer"}
    first, second = transcript.utterances[:2]
    assert (first.speaker, first.line, first.start, first.role) == ("A", 3, "00:00:00.000", "participant")
    assert first.text.startswith("Currently my position is technological lead in [hidden for double blind],")
    assert first.text.endswith("So, I've got a lot to do with tests.")  # wrapped lines joined
    assert (second.speaker, second.line, second.start) == ("Q", 10, "00:01:03.000")
    texts = " ".join(u.text for u in transcript.utterances)
    assert "didn´t think about" in texts and "That’s in the" in texts  # no decoding damage
    assert "\ufffd" not in texts and "Õ" not in texts
    assert transcript.utterances[-1].text == "Yeah, I think we could talk for like 3 hours. [wrap up of the interview]"
    assert transcript.problems == ["1 line outside any speaker turn, not read as utterances (line 1): "
                                   "titles, headings or notes?"]


@pytest.mark.parametrize("name, fmt, encoding, count, first", [
    ("srt_sample.srt", "srt", "utf-8", 5, ("Caption text #1", 3, "00:00:00.500", "00:00:07.000")),
    ("webvtt_captions_with_bom.vtt", "webvtt", "utf-8-sig", 4,
     ("Caption text #1", 4, "00:00:00.500", "00:00:07.000")),
    ("webvtt_cue_tags.vtt", "webvtt", "utf-8", 3,
     ("When the moon hits your eye", 4, "00:00:16.500", "00:00:18.500")),
])
def test_real_caption_files_without_speakers(real_fixtures, name, fmt, encoding, count, first):
    transcript = read_transcript(real_fixtures / "transcripts" / name)
    assert (transcript.format, transcript.encoding, len(transcript.utterances)) == (fmt, encoding, count)
    assert transcript.speakers == [] and transcript.roles == {} and transcript.problems == []
    u = transcript.utterances[0]
    assert (u.text, u.line, u.start, u.end, u.speaker) == (*first, None)


def test_real_cue_tags_are_stripped(real_fixtures):
    texts = [u.text for u in read_transcript(real_fixtures / "transcripts" / "webvtt_cue_tags.vtt").utterances]
    assert texts == ["When the moon hits your eye", "Like a big-a pizza pie", "That's amore"]


def test_real_teams_voice_tags_unpadded_overlapping(real_fixtures):
    report = inspect_transcript(real_fixtures / "transcripts" / "teams_timeframe.vtt")
    assert set(report) == CONTRACT_KEYS
    assert report["format"] == "teams_vtt"
    assert report["speakers"] == ["Yuri Bakulin", "Adrian Petrescu"]
    assert report["utterances"] == 2
    transcript = read_transcript(real_fixtures / "transcripts" / "teams_timeframe.vtt")
    a, b = transcript.utterances
    assert (a.text, a.start, a.end) == ("There you go.", "00:00:00.000", "00:00:00.570")
    assert (b.text, b.start, b.end) == ("Why hello there, Yuri.", "00:00:00.210", "00:00:01.130")
    json.dumps(report)  # the CLI prints it with --json


# ---- synthetic files per format -----------------------------------------------------------

ZOOM_VTT = """WEBVTT

1
00:00:01.350 --> 00:00:04.000
Anna Nowak: How did the delivery go?

2
00:00:04.500 --> 00:00:07.000
Jan Kowalski: It came late.

3
00:00:07.000 --> 00:00:09.000
Jan Kowalski: Two days late, and the box was wet.

4
00:00:09.500 --> 00:00:10.000
[inaudible]

5
00:00:10.500 --> 00:00:12.000
Anna Nowak: Why do you think that happened?
"""


def test_zoom_vtt_name_prefixes_merge_and_crlf(tmp_path):
    path = tmp_path / "zoom.vtt"
    path.write_bytes(ZOOM_VTT.replace("\n", "\r\n").encode("utf-8"))
    t = read_transcript(path)
    assert t.format == "zoom_vtt"
    assert t.speakers == ["Anna Nowak", "Jan Kowalski"]
    assert [(u.speaker, u.text) for u in t.utterances] == [
        ("Anna Nowak", "How did the delivery go?"),
        ("Jan Kowalski", "It came late. Two days late, and the box was wet."),
        (None, "[inaudible]"),
        ("Anna Nowak", "Why do you think that happened?"),
    ]
    merged = t.utterances[1]
    assert (merged.line, merged.start, merged.end) == (9, "00:00:04.500", "00:00:09.000")
    assert t.roles == {"Anna Nowak": "interviewer", "Jan Kowalski": "participant"}


def test_zoom_txt_blocks_chat_and_reactions(tmp_path):
    path = tmp_path / "meeting_saved_transcript.txt"
    path.write_text(
        "[Moderator] 10:02:15\nWitam, jak oceniasz wyszukiwarkę?\n\n"
        "[Ewa Zielińska] 10:02:20\nSzukanie działa dobrze.\nFiltry mniej.\n\n"
        "[Ewa Zielińska] 10:02:31\nCeny są w porządku.\n\n"
        "10:03:01 From Ewa Zielińska to Everyone: link do produktu\n"
        "10:03:05 From Moderator to Everyone: Reacted to \"link do produktu\" with 👍\n",
        encoding="utf-8")
    t = read_transcript(path)
    assert t.format == "zoom_txt"
    assert t.speakers == ["Moderator", "Ewa Zielińska"]
    assert t.roles == {"Moderator": "interviewer", "Ewa Zielińska": "participant"}
    assert [(u.speaker, u.text, u.line, u.start) for u in t.utterances] == [
        ("Moderator", "Witam, jak oceniasz wyszukiwarkę?", 1, "10:02:15.000"),
        ("Ewa Zielińska", "Szukanie działa dobrze. Filtry mniej. Ceny są w porządku. link do produktu",
         4, "10:02:20.000"),
    ]
    assert t.problems == ["1 reaction skipped (line 12)."]


def test_markdown_bold_names_and_headings(tmp_path):
    path = tmp_path / "interview.md"
    path.write_text("# Interview 3\n\n**Interviewer:** How was paying?\n\n**Customer**: Easy, BLIK worked.\n"
                    "It took seconds.\n\n## Returns\n\n**Interviewer:** And returns?\n\n"
                    "**Customer:** A nightmare.\n", encoding="utf-8")
    t = read_transcript(path)
    assert t.format == "markdown"
    assert [(u.speaker, u.text, u.line) for u in t.utterances] == [
        ("Interviewer", "How was paying?", 3),
        ("Customer", "Easy, BLIK worked. It took seconds.", 5),
        ("Interviewer", "And returns?", 10),
        ("Customer", "A nightmare.", 12),
    ]
    assert t.roles == {"Interviewer": "interviewer", "Customer": "participant"}
    assert t.problems[0].startswith("2 lines outside any speaker turn") and "(line 1, 8)" in t.problems[0]
    assert read_transcript(path, language="pl").problems == [
        "wiersze poza wypowiedziami rozmówców: 2, nie wczytano ich (wiersz 1, 8): tytuły, nagłówki albo notatki?"]
    assert read_transcript(path, language="ru").problems[0].startswith("строк вне реплик собеседников: 2")


def test_cue_problems_and_long_lines_are_said_in_the_clients_language(tmp_path):
    path = tmp_path / "call.vtt"
    path.write_text("WEBVTT\n\nstray words\n\n00:00:01.000 --> 00:00:04.000\n<v Ann>Delivery was late</v>\n\n"
                    "1:2 --> x\nLost cue\n\n00:00:05.000 --> 00:00:06.000\n<v Ann>" + "a" * 1_000_000 + "</v>\n",
                    encoding="utf-8")
    polish = read_transcript(path, language="pl").problems
    assert polish == ["wiersz 12: znaków: 1\xa0000\xa0011, więcej niż w jakiejkolwiek wypowiedzi (limit 1\xa0000\xa0000); "
                      "pominięto",
                      "wiersz 3: tekst poza napisami, nie wczytano: 'stray words'",
                      "wiersz 8: nieczytelny czas napisu '1:2 --> x'; napis pominięto"]
    assert read_transcript(path, language="ru").problems[2] == (
        "строка 8: нечитаемое время субтитра '1:2 --> x'; субтитр пропущен")


def _docx(path, paragraphs):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paragraphs)
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{body}</w:body></w:document>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)


def test_docx_paragraphs(tmp_path):
    path = tmp_path / "wywiad.docx"
    _docx(path, ["Wywiad 7", "Prowadząca: Jak wyglądała dostawa?", "Klientka: Kurier przyjechał <za> późno.",
                 "Paczka była zgnieciona.", "Prowadząca: Rozumiem."])
    t = read_transcript(path)
    assert (t.format, t.encoding) == ("docx", "utf-8")
    assert [(u.speaker, u.text, u.line) for u in t.utterances] == [
        ("Prowadząca", "Jak wyglądała dostawa?", 2),
        ("Klientka", "Kurier przyjechał <za> późno. Paczka była zgnieciona.", 3),
        ("Prowadząca", "Rozumiem.", 5),
    ]
    assert t.roles == {"Prowadząca": "interviewer", "Klientka": "participant"}


@pytest.mark.parametrize("encoding, text, speakers", [
    ("cp1250", "Badacz: Jak oceniasz zwrot?\nUczestnik: Źle, czekałem dwa tygodnie na pieniądze.\n"
               "Badacz: Co było najgorsze?\nUczestnik: Żadnej odpowiedzi z obsługi, zażółć gęślą jaźń.\n",
     ["Badacz", "Uczestnik"]),
    ("cp1251", "Интервьюер: Как прошла доставка?\nРеспондент: Курьер опоздал на два часа.\n"
               "Интервьюер: А упаковка?\nРеспондент: Всё цело, спасибо.\n", ["Интервьюер", "Респондент"]),
    ("utf-16", "Q: How was the checkout?\nA: Quick – two clicks.\n", ["Q", "A"]),
])
def test_windows_code_pages_and_utf16(tmp_path, encoding, text, speakers):
    path = tmp_path / "t.txt"
    path.write_bytes(text.encode(encoding))
    t = read_transcript(path)
    assert t.encoding in (encoding, "utf-16-le")
    assert t.speakers == speakers
    assert "\n".join(f"{u.speaker}: {u.text}" for u in t.utterances) + "\n" == text


def test_plain_text_single_mention_is_not_a_speaker(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Ola: I like the app.\nPiotr: Why?\nOla: Search works. The problem is this: filters reset.\n"
                    "Piotr: Thanks.\n", encoding="utf-8")
    t = read_transcript(path)
    assert t.format == "plain_txt"
    assert t.speakers == ["Ola", "Piotr"]
    assert t.utterances[2].text == "Search works. The problem is this: filters reset."


# ---- broken files -------------------------------------------------------------------------

@pytest.mark.parametrize("name, data, problem", [
    ("empty.txt", b"", "empty"),
    ("blank.vtt", b"WEBVTT\n\n", "no speech"),
    ("image.txt", bytes(range(256)) * 4, "binary"),
    ("fake.docx", b"not a zip", "not a readable Word document"),
])
def test_broken_files_raise_input_error_naming_the_file(tmp_path, name, data, problem):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_transcript(path)
    assert info.value.file == str(path) and problem in info.value.problem and info.value.fix


def test_a_file_without_speech_is_said_in_russian(tmp_path):
    path = tmp_path / "blank.vtt"
    path.write_bytes(b"WEBVTT\n\n")
    with pytest.raises(InputError) as info:
        read_transcript(path)
    assert info.value.in_language("ru") == (f"{path}: в файле не найдено реплик. Исправление: Проверьте, что это "
                                            "расшифровка интервью (.vtt, .srt, .txt, .md, .docx).")


def test_format_inspection_text(real_fixtures):
    report = inspect_transcript(real_fixtures / "transcripts" / "interview_transcript_2_cr_only.txt")
    text = format_transcript_inspection(report)
    assert text.splitlines()[:3] == ["format: qa_txt (mac_roman)", "utterances: 63",
                                     "speakers: A (participant), Q (interviewer)"]
    assert "  - 1 line outside any speaker turn" in text


# ---- any text: an answer or a clear InputError, never a crash -------------------------------

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

_PIECES = st.sampled_from(["WEBVTT\n\n", "00:01.000 --> 00:02.000\n", "0:0:1.5 --> x\n", "<v Ann>", "</v>",
                           "Ann: ", "Bob: ", "Q: ", "A: ", "[Ann] 10:00:01\n", "**Ann:** ", "# H\n", "\n\n",
                           "\r", "00:00:00\n", "1\n", "<c.x>", "ąę", "до", "?", " ", "text"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=25),
       suffix=st.sampled_from([".vtt", ".srt", ".txt", ".md"]))
def test_any_text_reads_or_raises_input_error(tmp_path, parts, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes("".join(parts).encode("utf-8", "surrogatepass"))
    try:
        transcript = read_transcript(path)
    except InputError:
        return
    assert transcript.utterances and all(u.text for u in transcript.utterances)
    assert all(u.line >= 1 for u in transcript.utterances)
    assert set(transcript.roles) <= set(transcript.speakers)


def test_a_cue_that_ends_before_it_starts_is_read_and_said(tmp_path):
    path = tmp_path / "anna.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:04,000\nInterviewer: How was the delivery?\n\n"
                    "2\n00:00:12,000 --> 00:00:09,000\nAnna: Two days late.\n", encoding="utf-8")
    transcript = read_transcript(path, language="pl")
    assert transcript.utterances[-1].text.endswith("Two days late.")
    assert transcript.problems == ["wiersz 6: napis '00:00:12,000 --> 00:00:09,000' kończy się, zanim się zaczyna; "
                                   "jego tekst wczytano, sprawdź czasy"]
