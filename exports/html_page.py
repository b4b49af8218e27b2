"""One self-contained HTML page: the template, its CSS and JS inlined, the document as JSON.

Nothing is fetched: no CDN, no font, no network (the page's Content-Security-Policy forbids
it). Report text never becomes markup: the document travels in a
`<script type="application/json">` block with `<`, `>`, `&` and U+2028/2029 escaped (so
no text can close the block), and the page's script renders it with `textContent`. The CSP
allows only the page's own script, by its hash, so an injected handler could not run either.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from importlib.resources import files

from exports.models import ExportDocument

_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_MARKER = re.compile(r"@@(CSS|JS|DATA|SCRIPT_HASH)@@")


def render(doc: ExportDocument) -> str:
    assets = files("exports") / "templates"
    template = (assets / "page.html").read_text(encoding="utf-8")
    script = (assets / "page.js").read_text(encoding="utf-8")
    parts = {
        "CSS": (assets / "page.css").read_text(encoding="utf-8"),
        "JS": script,
        "DATA": embedded_json(doc.model_dump(mode="json")),
        "SCRIPT_HASH": script_hash(script),
    }
    # One pass: text put in place is never searched for markers again.
    return _MARKER.sub(lambda match: parts[match.group(1)], template)


def embedded_json(value: object) -> str:
    """JSON that is safe inside a <script> element: no `</script>`, no `<!--`, no line separators."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _ESCAPES[m.group(0)], text)


def script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")
