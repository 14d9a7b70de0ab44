"""What a transcript file becomes: utterances with speaker, role, line and time."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

FORMATS = ("zoom_vtt", "teams_vtt", "webvtt", "srt", "zoom_txt", "plain_txt", "qa_txt", "markdown", "docx")
ROLES = ("interviewer", "participant")
# Parts of speaker names that tell the role (EN, PL, RU; stems so that feminine forms match).
INTERVIEWER_WORDS = ("interviewer", "moderator", "facilitator", "researcher", "host", "prowadząc",
                     "badacz", "ankieter", "интервьюер", "модератор", "ведущ", "исследовател")
PARTICIPANT_WORDS = ("participant", "respondent", "interviewee", "customer", "client", "uczestni",
                     "klient", "участни", "респондент", "клиент")


@dataclass
class Utterance:
    """One turn of one speaker; consecutive cues of the same speaker are already merged."""

    speaker: Optional[str]  # as written in the file; None when the file does not say
    text: str
    line: int  # 1-based line (paragraph for .docx) where the turn starts
    start: Optional[str] = None  # "HH:MM:SS.mmm"
    end: Optional[str] = None
    role: Optional[str] = None  # "interviewer" | "participant" | None when it cannot be told


@dataclass
class Transcript:
    path: str
    format: str  # one of FORMATS
    encoding: str
    utterances: list[Utterance] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)  # in order of appearance
    roles: dict[str, str] = field(default_factory=dict)  # speaker -> role, where it can be told
    problems: list[str] = field(default_factory=list)
