"""Entry script of the frozen Kasir app (the PyInstaller spec's Analysis starts here).

PyInstaller runs its entry script as ``__main__``, so it cannot be a module inside the
package (relative imports would break); this file only hands over to the same
``pos_app.cli:main`` that the ``pos-app`` console script runs.
"""

from __future__ import annotations

import sys

from pos_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
