"""The PySide6 front end: pages, dialogs, widgets and Qt models over the services of `klara_assets`."""
