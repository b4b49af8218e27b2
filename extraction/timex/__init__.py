"""The tagger: temporal expressions in report text, found, typed and resolved. Pure text work."""

from extraction.timex.mention import Mention
from extraction.timex.resolve_text import resolve_text
from extraction.timex.tagger import tag

__all__ = ["Mention", "resolve_text", "tag"]
