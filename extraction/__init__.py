"""Turning report text into claims.

`extract(text, publisher=..., anchor=...)` reads one report and returns its claims
(`domain.values.ClaimContent`): kind, speaker, exact quote and span, figures, the governing
date (`extraction.timex`), the location of a happening, the state of talks, actors, and who
coded it. Pure and deterministic; see
docs/extraction.md. `Gazetteer.load(extra)` gives the actor gazetteer, extendable by a file.
"""

from extraction.gazetteer import Gazetteer
from extraction.pipeline import extract_claims as extract
from extraction.version import EXTRACTOR_NAME, EXTRACTOR_VERSION

__all__ = ["EXTRACTOR_NAME", "EXTRACTOR_VERSION", "Gazetteer", "extract"]
