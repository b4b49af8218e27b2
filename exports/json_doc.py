"""The JSON export and its JSON Schema, both from the pydantic models in `exports.models`."""

from __future__ import annotations

import json
from typing import Any

from exports.models import ExportDocument

SCHEMA_ID = "urn:dateline:export:1"


def render(doc: ExportDocument) -> str:
    # Through json.dumps (not model_dump_json) so the layout matches the read commands' --json.
    return json.dumps(doc.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the export document."""
    generated = ExportDocument.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **generated}


def render_schema() -> str:
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"
