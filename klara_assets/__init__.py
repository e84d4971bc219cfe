"""Klara Assets: the Qt-free core (domain, persistence, services, documents, command line)."""

from klara_assets.persistence.drivers import hide_at_peewee_import

hide_at_peewee_import()  # psycopg2 & co. only when PostgreSQL is opened; peewee itself only when needed (issue 18)

__version__ = "0.1.0"
