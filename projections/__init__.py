"""Read models rebuilt from Dateline's event log."""
