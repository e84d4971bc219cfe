"""Widgets of the desktop application (one per file)."""
