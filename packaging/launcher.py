"""The bundle's entry point: the same program as the ``enquirydesk`` command.

`multiprocessing.freeze_support` comes first: the demo data and large imports start
worker processes with "spawn", which in a bundle re-runs this executable; the call
turns such a start into the worker instead of a second program.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from enquirydesk.cli import main

    sys.exit(main())
