"""Extraction benchmark: precision/recall per claim kind, figures, speakers, dates and speed.

Run from the repository root: `.venv/bin/python -m bench.extraction`.
"""
