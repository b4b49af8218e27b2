"""Turning report text into claims."""
