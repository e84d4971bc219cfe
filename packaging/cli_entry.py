"""The bundle's `klara-assets` executable: the command line (`klara_assets.cli:main`)."""

import sys

from klara_assets.cli import main

if __name__ == "__main__":
    sys.exit(main())
