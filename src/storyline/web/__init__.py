"""The local web app and JSON API over a store (``storyline serve``).

>>> from storyline.web import create_app
>>> create_app.__name__
'create_app'
"""

from .app import create_app, serve

__all__ = ["create_app", "serve"]
