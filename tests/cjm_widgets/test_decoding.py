"""One decoder for survey exports and transcripts: the right code page, or an error naming the file."""
from __future__ import annotations

import random

import pytest

from conftest import TEST_DATA
from cjm_widgets.decoding import decode_bytes, encoding_name
from cjm_widgets.errors import InputError
from cjm_widgets.survey import read_survey
from cjm_widgets.transcripts import read_transcript

DATA = TEST_DATA / "surveys"

TEXTS = {
    "cp1252": "It was \u201cfine\u201d \u2013 the courier didn\u2019t call; Größe, café crème",
    "cp1250": "Zażółć gęślą jaźń, Łódź, paczka przyszła – „bardzo źle”",
    "cp1251": "Съешь же ещё этих мягких французских булок, «Затрудняюсь ответить»",
    "koi8_r": "Курьер опоздал на два дня, но ёлка целая; СДЭК молодцы",  # old Russian mail, Unix tools
    "mac_roman": "Größe passt \u2013 \u201cThat\u2019s in the\u201d, didn´t",
}


@pytest.mark.parametrize("codec, name", [("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8"), ("utf-16", "UTF-16"),
                                         ("utf-32", "UTF-32"), ("cp1250", "Windows-1250"), ("cp1251", "Windows-1251"),
                                         ("koi8_r", "KOI8-R"), ("mac_roman", "Mac Roman"), ("latin-1", "ISO-8859-1")])
def test_an_encoding_is_named_as_a_reader_knows_it(codec, name):
    assert encoding_name(codec) == name


@pytest.mark.parametrize("encoding", sorted(TEXTS))
def test_single_byte_code_pages(encoding):
    text = f"id;answer\n1;{TEXTS[encoding]}\n"
    assert decode_bytes(text.encode(encoding), "a.csv") == (text, encoding)


@pytest.mark.parametrize("encoding, name", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"),
    ("utf-16-be", "utf-16-be"), ("utf-32", "utf-32"), ("utf-32-le", "utf-32-le"), ("utf-32-be", "utf-32-be"),
])
def test_unicode_with_and_without_bom(encoding, name):
    text = "id,answer\n1,Zażółć – Доставка ☺\n2,ok\n"
    assert decode_bytes(text.encode(encoding), "a.csv") == (text, name)


def test_cp1252_excel_export_with_curly_quotes_is_not_mac_roman():
    survey = read_survey(DATA / "excel_en_cp1252_curly.csv")
    assert survey.encoding == "cp1252"
    assert survey.frame["Comment"].tolist() == ["It was \u201cfine\u201d \u2013 the courier didn\u2019t call",
                                               "Parcel arrived late\u2026 I\u2019m not happy",
                                               "Great \u2013 \u201cas promised\u201d"]


def test_utf32_bom_survey_reads_its_respondents():
    survey = read_survey(DATA / "utf32_bom.csv")
    assert (survey.encoding, len(survey.rows)) == ("utf-32", 2)
    assert survey.frame["Comment"].tolist() == ["Łatwo – ok", "Доставка"]


def test_transcript_uses_the_same_decoder(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes("Q: How was it?\r\nA: \u201cFine\u201d \u2013 I didn\u2019t wait.\r\n".encode("cp1252"))
    transcript = read_transcript(path)
    assert transcript.encoding == "cp1252"
    assert transcript.utterances[1].text == "\u201cFine\u201d \u2013 I didn\u2019t wait."


def test_garbage_is_an_error_naming_the_file(tmp_path):
    rng = random.Random(1)
    noise = bytes(rng.randrange(1, 256) for _ in range(5000))
    with pytest.raises(InputError, match="noise.csv") as error:
        decode_bytes(noise, tmp_path / "noise.csv")
    assert "UTF-8" in str(error.value)
    wrong_bom = b"\xff\xfe\x00\x00" + "a,b\n1,2\n".encode("utf-16-le")  # UTF-32 BOM, UTF-16 body
    with pytest.raises(InputError, match="bad.csv"):
        decode_bytes(wrong_bom, "bad.csv")


def test_empty_and_binary_files_are_refused_in_the_clients_language():
    with pytest.raises(InputError) as error:
        decode_bytes(b" \r\n", "rozmowa.vtt", "transcript")
    assert error.value.in_language("pl") == ("rozmowa.vtt: plik jest pusty. Poprawka: Wyeksportuj transkrypcję "
                                             "ponownie albo usuń plik.")
    with pytest.raises(InputError) as error:
        decode_bytes(b"\x00\x01binary\x00", "opros.csv")
    assert error.value.in_language("ru") == ("opros.csv: это двоичный файл, а не текстовая выгрузка CSV. "
                                             "Исправление: Выгрузите опрос как CSV (UTF-8) или XLSX.")
    assert str(error.value) == ("opros.csv: this is a binary file, not a CSV text export. "
                                "Fix: Export the survey as CSV (UTF-8) or XLSX.")


@pytest.mark.parametrize("encoding, answers", [
    ("cp1250", ["Źle", "Łódź", "żółć", "Świetnie", "Średnio", "Ćma"]),
    ("cp1251", ["Хорошо", "Нет", "Да", "Не знаю", "Ёж"]),
    ("koi8_r", ["Хорошо", "Нет", "Да", "Не знаю", "Ёж"]),
    ("cp1252", ["Größe", "Très bien", "Don\u2019t know", "\u201cok\u201d", "naïve", "Öl"]),
    ("mac_roman", ["Größe", "Très bien", "Don\u2019t know", "\u201cok\u201d"]),
])
def test_one_short_answer_is_enough(encoding, answers):
    for answer in answers:
        text = f"id;a\n1;{answer}\n"
        assert decode_bytes(text.encode(encoding), "a.csv") == (text, encoding), answer


def test_large_code_page_export_is_judged_quickly():
    import time

    text = "1;Съешь же ещё этих мягких французских булок, да выпей чаю;Доставка была быстрой\n" * 15000
    started = time.perf_counter()
    assert decode_bytes(text.encode("cp1251"), "big.csv") == (text, "cp1251")
    assert time.perf_counter() - started < 3  # 1.2 MB; judging every character took 11 s
