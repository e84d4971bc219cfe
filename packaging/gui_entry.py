"""The bundle's `klara-assets-gui` executable: the window (`main.main`).

`KLARA_ASSETS_BARE_WINDOW=1` shows a bare PySide6 window instead and quits: the start-up benchmark's floor
for the bundle, measured in the same kind of process (same bootloader, same libraries) as the application.
"""

import os
import sys

if __name__ == "__main__":
    if os.environ.get("KLARA_ASSETS_BARE_WINDOW") == "1":
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1366, 768)
        window.show()
        QTimer.singleShot(0, lambda: (print("bare window shown", file=sys.stderr, flush=True), app.quit()))
        sys.exit(app.exec())
    from main import main

    sys.exit(main())
