"""Text without models: offsets kept through every rewrite, normalisation, abbreviations,
sentence splitting and the calendar words of Vietnamese dates."""
from .abbreviations import abbreviation_table, expand_abbreviations
from .normalize import fold, normalize
from .offsets import AlignedText

__all__ = ["AlignedText", "abbreviation_table", "expand_abbreviations", "fold", "normalize"]
