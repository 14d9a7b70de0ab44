"""CJM Workshop Kit: from survey exports and interview transcripts to a customer journey map."""
from .errors import CJMError, ConfigError, InputError, JourneyFileError, NotebookError
from .model import (Journey, MomentOfTruth, Observation, Opportunity, Override, PainPoint, Persona,
                    Score, Source, Stage, Touchpoint)
from .stages import STAGE_MODELS, stages_for

__version__ = "0.1.0"

__all__ = [
    "CJMError", "ConfigError", "InputError", "JourneyFileError", "NotebookError",
    "Journey", "MomentOfTruth", "Observation", "Opportunity", "Override", "PainPoint", "Persona",
    "Score", "Source", "Stage", "Touchpoint", "STAGE_MODELS", "stages_for",
]
