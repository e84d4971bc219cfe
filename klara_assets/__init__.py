"""Klara Assets: the Qt-free core (domain, persistence, services, documents, command line)."""

__version__ = "0.1.0"
