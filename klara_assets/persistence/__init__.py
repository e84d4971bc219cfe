"""Persistence: peewee models, the database binding (SQLite or PostgreSQL), migrations and read queries."""
