"""A place of the organisation as a value: (site, room), the room empty for the whole site.

Code that filters or compares places passes this value; "SITE/ROOM" is only what a person reads or types
(`label`, and `persistence.lookups.split_location` for typed text), never a key parsed back.
"""

from __future__ import annotations

from typing import NamedTuple


class Place(NamedTuple):
    site: str
    room: str = ""  # empty: every room of the site

    @property
    def label(self) -> str:
        return f"{self.site}/{self.room}" if self.room else self.site
