"""The `dateline` command: thin wrappers over the application service."""
