"""Tests of the temporal engine: resolver, tagger, CLI."""
