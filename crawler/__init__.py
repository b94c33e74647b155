"""Archival crawler for allmännyttan.se."""

__version__ = "0.1.0"
