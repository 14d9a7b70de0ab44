"""Workshop editors: each opens on a client directory (or a Journey) and saves every change at once."""
from .emotion import EmotionTuner
from .opportunities import OpportunityBoard
from .personas import PersonaEditor
from .preview import MapPreview
from .quotes import QuoteTagger
from .stages import StageEditor
from .touchpoints import TouchpointEditor
from .votes import DotVote

__all__ = ["StageEditor", "TouchpointEditor", "PersonaEditor", "EmotionTuner", "OpportunityBoard", "DotVote",
           "MapPreview", "QuoteTagger"]
