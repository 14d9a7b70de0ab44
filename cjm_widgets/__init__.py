"""CJM Workshop Kit: from survey exports and interview transcripts to a customer journey map."""
from .errors import CJMError, ConfigError, InputError, JourneyFileError, NotebookError
from .model import (Journey, MomentOfTruth, Observation, Opportunity, Override, PainPoint, Persona,
                    Score, Source, Stage, Touchpoint)
from .stages import STAGE_MODELS, stages_for

__version__ = "0.1.0"

EDITORS = ("StageEditor", "TouchpointEditor", "PersonaEditor", "EmotionTuner", "OpportunityBoard", "DotVote",
           "MapPreview", "QuoteTagger")


def __getattr__(name):
    """The workshop editors, imported on first use: ipywidgets is not needed by `cjm run`'s CLI."""
    if name in EDITORS:
        from . import widgets

        return getattr(widgets, name)
    raise AttributeError(f"module 'cjm_widgets' has no attribute {name!r}")


__all__ = [
    "CJMError", "ConfigError", "InputError", "JourneyFileError", "NotebookError",
    "Journey", "MomentOfTruth", "Observation", "Opportunity", "Override", "PainPoint", "Persona",
    "Score", "Source", "Stage", "Touchpoint", "STAGE_MODELS", "stages_for", *EDITORS,
]
