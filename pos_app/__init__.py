"""Kasir: a point-of-sale desktop app for Scalev sellers."""

__version__ = "0.1.0"
