"""Dateline's service layer: one eventsourcing Application, its store, its use cases."""
