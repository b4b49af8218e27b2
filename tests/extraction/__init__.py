"""Tests of the fact extractor (`extraction/`)."""
