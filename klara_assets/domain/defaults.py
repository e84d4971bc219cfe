"""Defaults read before the window opens, kept apart from `domain.settings` (its dataclass and enums cost the
start-up 10 ms, issue 18)."""

DEFAULT_LANGUAGE = "fr"  # the organisation's language until one is chosen (`Settings.language`)
