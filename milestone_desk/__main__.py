"""`python -m milestone_desk`."""

import sys

from milestone_desk.cli import main

sys.exit(main())
