"""`python -m klara_assets` runs the command line."""

import sys

from klara_assets.cli import main

sys.exit(main())
