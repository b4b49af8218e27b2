"""Dateline's domain: aggregates, their events and value objects. Pure: no I/O, no clock."""
