"""Dialogs of the desktop application (one per file)."""
