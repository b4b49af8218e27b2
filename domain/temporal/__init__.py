"""The temporal engine: date expressions in news text resolved against a report's anchor.

Pure: no I/O, no clock, no environment. See specs/temporal-resolution.md for the rules.
"""

from domain.temporal.resolver import RESOLVER_VERSION, moves_focus, resolve

__all__ = ["RESOLVER_VERSION", "moves_focus", "resolve"]
