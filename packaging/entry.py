"""PyInstaller's entry script: the bundled programs start here."""

import sys

from milestone_desk.launcher import main

if __name__ == "__main__":
    sys.exit(main())
