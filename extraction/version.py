"""The extractor's identity, recorded in every claim it codes (`coded_by`)."""

EXTRACTOR_NAME = "dateline-rules"
EXTRACTOR_VERSION = "0.6.1"
