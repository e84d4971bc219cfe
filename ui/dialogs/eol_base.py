"""The end-of-life dialogs' frame moved to `ui/dialogs/form.py` (issue 15 §3); this name stays for the
modules that still import it from here."""

from ui.dialogs.form import FormDialog, open_dialog

__all__ = ["FormDialog", "open_dialog"]
