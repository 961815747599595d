#!/usr/bin/env python3
"""Build the dossier: stage 1 (seeds/ -> docs/sources/) then the MkDocs site. See --help."""

import sys

from dossier.cli import main

if __name__ == "__main__":
    sys.exit(main())
