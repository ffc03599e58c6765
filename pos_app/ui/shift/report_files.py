"""The report as a PDF (the printout's lines on A4 pages) and a save-file question that never blocks."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QStandardPaths
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from pos_app.domain.report_export import report_lines
from pos_app.domain.sales_report import SalesReport
from pos_app.domain.shift import Language
from pos_app.services.shift_reports import write_atomically
from pos_app.ui.common.async_dialogs import wait_finished

PDF_COLUMNS = 48  # the 80 mm printout's width: the PDF reads exactly like the paper
_POINT_SIZE = 10.5
_MARGIN_MM = 18.0


def paginate(lines: Sequence[str], per_page: int) -> list[list[str]]:
    """Lines in pages of ``per_page``; a report with no lines is still one (empty) page."""
    if per_page < 1:
        raise ValueError("a page must hold at least one line")
    pages = [list(lines[i : i + per_page]) for i in range(0, len(lines), per_page)]
    return pages or [[]]


def _fixed_font() -> QFont:
    # The lines are laid out in columns (amounts right-aligned), so only a fixed-pitch font
    # keeps them straight.
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    font.setPointSizeF(_POINT_SIZE)
    return font


def report_pdf(report: SalesReport, language: Language = "id", *, title: str = "") -> tuple[bytes, int]:
    """The report as A4 PDF bytes, and how many pages it took."""
    lines = report_lines(report, PDF_COLUMNS, language)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    margins = QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM)
    writer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title or (lines[0].strip() if lines else ""))
    writer.setCreator("Kasir")
    painter = QPainter(writer)
    try:
        font = _fixed_font()
        painter.setFont(font)
        metrics = QFontMetricsF(font, writer)
        step = metrics.lineSpacing()
        pages = paginate(lines, max(1, int(writer.height() // step)))
        for number, page in enumerate(pages):
            if number:
                writer.newPage()
            for row, line in enumerate(page):
                painter.drawText(QPointF(0, metrics.ascent() + row * step), line)
    finally:
        painter.end()
    return bytes(buffer.data()), len(pages)


def write_report_pdf(report: SalesReport, path: Path, language: Language = "id") -> int:
    """Write the report's PDF to ``path`` (a failed write leaves no half file); the page count.

    Raises ``OSError`` when the file cannot be written.
    """
    data, pages = report_pdf(report, language)
    write_atomically(Path(path), data)
    return pages


def default_folder() -> Path:
    """The user's Documents folder (home when the desktop has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


REPORT_FILE_DIALOG = "reportFileDialog"


async def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path, name_filter: str, suffix: str
) -> Path | None:
    """Ask where to save, shown with ``open()`` and awaited; None when canceled.

    The dialog does not ask about overwriting itself (Qt's own question runs a nested event
    loop); the caller asks with :func:`pos_app.ui.common.async_dialogs.confirm` instead.
    """
    dialog = QFileDialog(parent, title, str(suggested), name_filter)
    dialog.setObjectName(REPORT_FILE_DIALOG)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    dialog.selectFile(suggested.name)
    try:
        code = await wait_finished(dialog)
        files = dialog.selectedFiles()
        return Path(files[0]) if code == QDialog.DialogCode.Accepted and files else None
    finally:
        dialog.deleteLater()
