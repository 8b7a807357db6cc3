"""`python -m vibesql_magic.fuzz`: a fuzzing campaign from the command line."""

import sys

from vibesql_magic.fuzz.campaign import main

sys.exit(main())
