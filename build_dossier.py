#!/usr/bin/env python3
"""Build the dossier: stage 1 (seeds/ -> docs/sources/) then the MkDocs site. See --help."""

import gc
import sys

from dossier.cli import main

if __name__ == "__main__":
    code = main()
    # The process ends here and the system frees what it holds (stage 1's tables and records):
    # frozen, the collector neither walks nor frees it object by object at exit (0.1-0.15 s after a
    # stage 1 of 1,000 sources on a loaded 2-core machine). Files are all closed by now.
    gc.freeze()
    sys.exit(code)
