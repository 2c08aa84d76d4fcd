"""``jamsos serve``: the public API as an HTTP JSON service (the ``server`` extra).

A thin layer (design §9): each endpoint calls one public function with the keywords of its
JSON body and answers the result's JSON form; no rule of law lives here.

* :func:`create_app` builds the ASGI application (Starlette); serve it with any ASGI server.
* :mod:`jamsos.server.spec` is the routing table (endpoint -> public function -> schema).
* ``schemas/requests.json`` holds the JSON Schemas of the request bodies, shipped with the
  package, compiled into the request parser and published in ``/openapi.json``.

Needs ``pip install 'jamsos[server]'`` (Starlette, uvicorn).
"""

from __future__ import annotations

from jamsos.server.app import DEFAULT_MAX_BODY, ServerConfig, create_app, law_version

__all__ = ["DEFAULT_MAX_BODY", "ServerConfig", "create_app", "law_version"]
