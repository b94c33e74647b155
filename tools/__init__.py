"""Tools for the project's developers; not installed with the package."""
