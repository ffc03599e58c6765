"""``pos-app``: start the cashier app, the training mode, or the smoke test."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

import platformdirs

from pos_app import __version__
from pos_app.app_log import (
    LOG_FORMAT,
    Scrubber,
    install_excepthook,
    install_file_log,
    install_loop_handler,
    install_qt_message_handler,
)
from pos_app.settings import APP_NAME


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pos-app", description="Kasir – point of sale for Scalev stores")
    parser.add_argument("--demo", action="store_true", help="training mode: a local practice server")
    parser.add_argument(
        "--smoke-test", action="store_true", help="build the app, sell once, exit 0 if all works"
    )
    parser.add_argument("--base-url", help="Scalev API address (default from settings)")
    parser.add_argument("--data-dir", type=Path, help="folder for the order journal and catalog cache")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    # The installed app has no console: the log file is what support gets to read.
    log_path = install_file_log()
    for handler in logging.getLogger().handlers:
        if not isinstance(handler, logging.FileHandler):
            handler.setFormatter(Scrubber(LOG_FORMAT))
    # httpx logs every URL with its query at INFO, and reconciliation searches carry the
    # customer's phone number; our own API log lines leave queries out.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # PySide6 must be imported before qasync so qasync picks the right binding.
    import qasync
    from PySide6.QtWidgets import QApplication

    from pos_app.qt_workarounds import protect_singletons_from_binding_leaks

    protect_singletons_from_binding_leaks()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from pos_app.ui.common.error_report import ErrorReporter

    install_qt_message_handler()
    reporter = ErrorReporter()
    install_excepthook(None if args.smoke_test else reporter.show)
    logging.getLogger(__name__).info("Kasir %s started; log file %s", __version__, log_path)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    # The launcher quits by itself once the window is closed and everything is saved;
    # Qt stopping the loop first would cut that short.
    app.setQuitOnLastWindowClosed(False)
    from pos_app.qt_workarounds import MainThreadGarbageCollector, favour_the_gui_thread

    collector = MainThreadGarbageCollector(parent=app)
    collector.start()
    favour_the_gui_thread()
    if args.smoke_test:
        from pos_app.smoke import run_smoke_test

        coroutine = run_smoke_test(app)
    else:
        from pos_app.launcher import run_app

        coroutine = run_app(app, args, data_dir=args.data_dir or default_data_dir())
    async def with_loop_handler(inner):
        install_loop_handler(asyncio.get_running_loop())
        return await inner

    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        return runner.run(with_loop_handler(coroutine))


if __name__ == "__main__":
    raise SystemExit(main())
