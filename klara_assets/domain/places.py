"""A place of the organisation as a value: (site, room), the room empty for the whole site.

Code that looks up, filters or compares places passes this value; "SITE/ROOM" is only what a person reads
(`label`) or types (`Place.parse`, called once where the text comes in: a CLI argument, an import cell),
never a key parsed back. A site may itself hold a "/" (Snipe-IT names sites freely): its label then reads
like a room, which is why a label is never turned back into a place.
"""

from __future__ import annotations

from typing import NamedTuple

from klara_assets.domain.errors import ValidationFailed


class Place(NamedTuple):
    site: str
    room: str = ""  # empty: every room of the site

    @property
    def label(self) -> str:
        return f"{self.site}/{self.room}" if self.room else self.site

    @classmethod
    def parse(cls, text: str) -> Place:
        """Typed `SITE/ROOM` (or `SITE`): split at the first "/", both parts trimmed; a room may hold a "/"."""
        site, _, room = text.strip().partition("/")
        if not site.strip():
            raise ValidationFailed(
                f"Invalid location {text!r}: use SITE/ROOM.", code="invalid_location", field="location"
            )
        return cls(site.strip(), room.strip())

    def checked(self) -> Place:
        """This place trimmed, refused like typed text when it has no site (a form's two fields give it)."""
        place = Place(self.site.strip(), self.room.strip())
        if not place.site:
            raise ValidationFailed(
                f"Invalid location {self.label!r}: use SITE/ROOM.", code="invalid_location", field="location"
            )
        return place
