"""The explorer web app: `create_app(db_path)` gives an ASGI app, read-only over a store."""

from .app import create_app

__all__ = ["create_app"]
