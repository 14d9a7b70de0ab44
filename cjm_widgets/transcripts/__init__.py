"""Interview transcripts: read any common export, code quotes to touchpoints, build a quote bank."""
from __future__ import annotations

from .coding import CodedQuotes, apply_quote_tags, code_text, code_texts, code_transcript, read_interviews
from .quotes import quote_bank, review_order
from .read import EXTENSIONS, format_transcript_inspection, inspect_transcript, read_transcript, read_transcripts
from .transcript import FORMATS, Transcript, Utterance
from .vocabulary import unused_keywords

__all__ = ["EXTENSIONS", "FORMATS", "CodedQuotes", "Transcript", "Utterance", "code_text", "code_texts", "code_transcript", "unused_keywords",
           "format_transcript_inspection", "inspect_transcript", "quote_bank", "read_interviews",
           "read_transcript", "read_transcripts", "apply_quote_tags", "review_order"]
