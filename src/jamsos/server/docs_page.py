"""``GET /docs``: a self-contained HTML page rendered from the OpenAPI document.

No JavaScript and nothing fetched from a CDN: the page is built on the server from the same
document as ``/openapi.json``, so it works offline and behind strict firewalls.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from html import escape
from typing import Any, Final

__all__ = ["render"]

_STYLE: Final = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code,pre{font:13px ui-monospace,monospace;background:#f4f4f4;border-radius:3px}
pre{padding:.6rem;overflow:auto}code{padding:0 .2rem}
h2{border-bottom:1px solid #ddd;margin-top:2.5rem}h3{margin-bottom:.2rem}
.m{display:inline-block;min-width:3.5rem;font-weight:bold;color:#fff;border-radius:3px;text-align:center}
.post{background:#2a7}.get{background:#27a}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.2rem .4rem;text-align:left;
vertical-align:top}th{background:#f8f8f8}nav li{list-style:none}
"""


def _type(schema: Mapping[str, Any]) -> str:
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return " | ".join(_type(s) for s in schema[key])
    if schema.get("allOf"):
        return _type(schema["allOf"][0])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"array of {_type(schema.get('items', {}))}"
    if isinstance(kind, list):
        return " | ".join(str(k) for k in kind)
    if "enum" in schema:
        return " | ".join(json.dumps(v) for v in schema["enum"])
    return str(kind)


def _fields(schema: Mapping[str, Any]) -> str:
    props: Mapping[str, Any] = schema.get("properties", {})
    if not props:
        return ""
    required = set(schema.get("required", ()))
    rows = []
    for name, prop in props.items():
        text = prop.get("description") or ""
        default = (
            f" Default: <code>{escape(json.dumps(prop['default']))}</code>." if "default" in prop else ""
        )
        rows.append(
            f"<tr><td><code>{escape(name)}</code>{' *' if name in required else ''}</td>"
            f"<td>{escape(_type(prop))}</td><td>{escape(text)}{default}</td></tr>"
        )
    return "<table><tr><th>field</th><th>type</th><th></th></tr>" + "".join(rows) + "</table>"


def _operation(path: str, method: str, op: Mapping[str, Any], schemas: Mapping[str, Any]) -> str:
    anchor = escape(op.get("operationId", path))
    parts = [
        f'<h3 id="{anchor}"><span class="m {method}">{method.upper()}</span> '
        f"<code>{escape(path)}</code></h3>",
        f"<p><b>{escape(op.get('summary', ''))}</b></p>",
    ]
    for para in str(op.get("description", "")).split("\n\n"):
        if para:
            parts.append(f"<p>{escape(para)}</p>")
    body = op.get("requestBody", {}).get("content", {}).get("application/json")
    if body:
        ref = _type(body["schema"])
        parts.append(_fields(schemas.get(ref, {})))
        for example in body.get("examples", {}).values():
            text = json.dumps(example["value"], ensure_ascii=False, indent=2)
            parts.append(f"<p>Example:</p><pre>{escape(text)}</pre>")
            curl = (
                f"curl -s http://127.0.0.1:8000{path} -H 'Content-Type: application/json' "
                f"-d '{json.dumps(example['value'], ensure_ascii=False)}'"
            )
            parts.append(f"<pre>{escape(curl)}</pre>")
    answers = []
    for status, response in op.get("responses", {}).items():
        kinds = ", ".join(
            f"{escape(kind)} {escape(_type(c.get('schema', {})))}"
            for kind, c in response.get("content", {}).items()
        )
        answers.append(f"<li><b>{escape(status)}</b>: {escape(response.get('description', ''))} {kinds}</li>")
    parts.append("<ul>" + "".join(answers) + "</ul>")
    return "\n".join(parts)


def render(document: Mapping[str, Any]) -> str:
    """The HTML page of an OpenAPI document."""
    info = document.get("info", {})
    schemas: Mapping[str, Any] = document.get("components", {}).get("schemas", {})
    by_tag: dict[str, list[str]] = {}
    toc: dict[str, list[str]] = {}
    for path, item in document.get("paths", {}).items():
        for method, op in item.items():
            tag = (op.get("tags") or ["other"])[0]
            by_tag.setdefault(tag, []).append(_operation(path, method, op, schemas))
            anchor = escape(op.get("operationId", path))
            toc.setdefault(tag, []).append(
                f'<li><a href="#{anchor}">{escape(method.upper())} {escape(path)}</a></li>'
            )
    nav = "".join(f"<li><b>{escape(t)}</b><ul>{''.join(items)}</ul></li>" for t, items in toc.items())
    sections = "".join(
        f'<h2 id="tag-{escape(t)}">{escape(t)}</h2>' + "\n".join(ops) for t, ops in by_tag.items()
    )
    defs = "".join(
        f'<h3 id="schema-{escape(name)}">{escape(name)}</h3>'
        f"<p>{escape(str(s.get('description', s.get('title', ''))))}</p>{_fields(s)}"
        for name, s in schemas.items()
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(info.get('title', 'API'))} {escape(info.get('version', ''))}</title>"
        f"<style>{_STYLE}</style></head><body>"
        f"<h1>{escape(info.get('title', 'API'))} <small>{escape(info.get('version', ''))}</small></h1>"
        f"<p>{escape(info.get('description', ''))}</p>"
        '<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>'
        f"<nav><ul>{nav}</ul></nav>{sections}<h2>Schemas</h2>{defs}</body></html>"
    )
