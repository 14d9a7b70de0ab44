"""Interview transcripts: read any common export, code quotes to touchpoints, build a quote bank."""
from __future__ import annotations

from .read import EXTENSIONS, format_transcript_inspection, inspect_transcript, read_transcript
from .transcript import FORMATS, Transcript, Utterance

__all__ = ["EXTENSIONS", "FORMATS", "Transcript", "Utterance", "format_transcript_inspection",
           "inspect_transcript", "read_transcript"]
