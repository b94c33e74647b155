"""Kept for `scrapyd-deploy`, which builds its egg with `python setup.py bdist_egg`.

Everything (packages, package data, the `scrapy` settings entry point Scrapyd
reads) is declared in pyproject.toml; without this file scrapyd-deploy would
write its own setup.py here.
"""

from setuptools import setup

setup()
