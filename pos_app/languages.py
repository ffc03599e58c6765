"""Which language the UI speaks, through Qt's own translation system.

English is the source language: every widget writes ``self.tr("English text")`` and
English needs no translation file. Indonesian comes from ``kasir_id.qm``, compiled from
``resources/i18n/kasir_id.ts`` by ``packaging/build_translations.py``.

Installing or removing a ``QTranslator`` makes Qt send ``QEvent.LanguageChange`` to every
widget, so screens retranslate themselves in place; nothing needs to be rebuilt.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
DEFAULT_LANGUAGE = "id"

# The translator we install is a child of the application found by this name, so the
# application owns it and no module-level state is needed to remove it again.
_TRANSLATOR_NAME = "kasirTranslator"
_LANGUAGE_PROPERTY = "kasirLanguage"


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    # Each language is named in itself, so someone who cannot read the current UI
    # language still recognises theirs in the list.
    native_name: str


_LANGUAGES = (
    Language("id", "Bahasa Indonesia"),
    Language("en", "English"),
)


def available_languages() -> tuple[Language, ...]:
    """Languages the settings offer, Indonesian first."""
    return _LANGUAGES


def is_known_language(code: object) -> bool:
    return isinstance(code, str) and any(lang.code == code for lang in _LANGUAGES)


def language_from_system(locale: QLocale | None = None) -> str:
    """The first-start language: English for an English system, Indonesian otherwise.

    Our users are Indonesian counters; a PC set to anything but English (including the
    ``C`` locale of a bare system) most likely belongs to someone who reads Indonesian.
    """
    locale = QLocale.system() if locale is None else locale
    return "en" if locale.language() == QLocale.Language.English else DEFAULT_LANGUAGE


def translations_dir() -> Path:
    """Where the compiled ``.qm`` files live (``pos_app/i18n``, also inside a frozen build)."""
    return Path(__file__).resolve().parent / "i18n"


def qm_path(code: str, directory: Path | None = None) -> Path:
    return (directory or translations_dir()) / f"kasir_{code}.qm"


def current_language(app: QCoreApplication) -> str:
    """The code last installed with :func:`install_language` (English before that)."""
    value = app.property(_LANGUAGE_PROPERTY)
    return value if isinstance(value, str) else SOURCE_LANGUAGE


def install_language(app: QCoreApplication, code: str, directory: Path | None = None) -> None:
    """Switch the whole UI to ``code``; every widget gets ``QEvent.LanguageChange``.

    ``directory`` overrides where the ``.qm`` files are read from (tests compile their own).
    A missing ``.qm`` leaves the UI in English and logs how to build it, rather than
    refusing to start the till.
    """
    if not is_known_language(code):
        raise ValueError(f"unknown language code: {code!r}")
    previous = app.findChild(QTranslator, _TRANSLATOR_NAME)
    translator: QTranslator | None = None
    if code != SOURCE_LANGUAGE:
        translator = QTranslator(app)
        path = qm_path(code, directory)
        if not translator.load(str(path)):
            log.warning(
                "translation %s not found or unreadable; showing English. "
                "Build it with: python packaging/build_translations.py",
                path,
            )
            translator.deleteLater()
            translator = None
    if previous is not None:
        app.removeTranslator(previous)
        previous.deleteLater()
        # deleteLater keeps the name findable until the event loop runs; rename it so the
        # next call does not find (and remove) a translator that is already gone.
        previous.setObjectName("")
    if translator is not None:
        translator.setObjectName(_TRANSLATOR_NAME)
        app.installTranslator(translator)
    app.setProperty(_LANGUAGE_PROPERTY, code if translator is not None else SOURCE_LANGUAGE)
