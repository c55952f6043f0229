"""The command line. No command starts the window.

Imports stay lazy: a command never loads Qt, and the window never waits for the
command-line machinery. A user mistake prints one sentence on stderr and exits
non-zero, without a traceback.

The parts: `run` (`main`: a command, or the window; how each failure ends), `parser`
(the commands, their options and their help), `common` (printing, mistakes, opening the
database, asking for a PIN, progress on the terminal, the language) and the commands
themselves, in the parser's groups: `commands_enquiries` (demo data, one enquiry,
import), `commands_reports` (the month's report and exports), `commands_privacy`
(customers' data, forgetting, purging) and `commands_care` (follow-ups, the file's care,
retention, a forgotten PIN).
"""

from enquirydesk.cli.common import ARGPARSE_WORDS, locale_country
from enquirydesk.cli.parser import _parser
from enquirydesk.cli.run import main

__all__ = ["ARGPARSE_WORDS", "_parser", "locale_country", "main"]
