"""`QT_TRANSLATE_NOOP`: marks text for lupdate, translated later with `QCoreApplication.translate`.

Its own module so that the name tables (`ui/widgets/display.py`...) and `ui/errors.py`, which words
their values in messages, do not import each other.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks `text` for extraction by lupdate; translated later with `QCoreApplication.translate`."""
    return text
