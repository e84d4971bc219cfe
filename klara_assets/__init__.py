"""Klara Assets: the Qt-free core (domain, persistence, services, documents, command line)."""

from klara_assets.persistence.drivers import server_drivers_hidden

with server_drivers_hidden():  # before any module's `import peewee`: psycopg2 & co. when PostgreSQL is opened
    import peewee  # noqa: F401

__version__ = "0.1.0"
