# ruff: noqa: E501
"""One calm, high-contrast look: large type for the numbers a customer reads.

Fields and buttons are 44 px high in all (content + padding + border): a finger on a touch
monitor, see ui.common.touch. A focused field's thicker border takes its pixel from the
padding, so nothing grows (and clips) when it takes the focus."""

from PySide6.QtWidgets import QWidget

STYLE_SHEET = """
QMainWindow, QWidget#paneFrame { background: #f6f7f9; }
QLabel#paneTitle { font-size: 15px; font-weight: 600; color: #1f2a37; padding: 2px 0 4px 0; }
QLineEdit, QComboBox, QAbstractSpinBox { min-height: 38px; padding: 2px 8px; border: 1px solid #c5ccd6;
    border-radius: 6px; background: white; font-size: 14px; }
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus { border: 2px solid #0f766e; padding: 1px 7px; }
QLineEdit[invalid="true"], QComboBox[invalid="true"] { border: 2px solid #c2410c; background: #fff7ed; }
QLineEdit#scanInput { min-height: 44px; font-size: 20px; font-weight: 600; border: 2px solid #0f766e; }
QLabel[kind="error"] { color: #b42318; font-weight: 600; }
QLabel[kind="ok"] { color: #067647; }
QLabel#scanMessage[kind="error"] { background: #fef3f2; border: 1px solid #fda29b; border-radius: 6px; }
QLabel#noticeBanner { border-radius: 6px; background: #eff8ff; color: #1849a9; }
QLabel#noticeBanner[kind="error"] { background: #fef3f2; color: #b42318; font-weight: 600; }
QLabel#noticeBanner[kind="warning"] { background: #fffaeb; color: #b54708; }
QLabel#offlineBadge { color: #b42318; font-weight: 700; padding: 0 8px; }
QLabel#trainingBanner { background: #fdb022; color: #1f2a37; font-weight: 700; font-size: 14px; padding: 6px; }
QTableView, QListView { background: white; border: 1px solid #d0d5dd; border-radius: 6px; font-size: 14px;
    alternate-background-color: #f9fafb; selection-background-color: #ccfbef; selection-color: #101828; }
QListView::item { min-height: 44px; }
QListView#storeList::item { padding: 0 4px; min-height: 48px; }
QHeaderView::section { background: #eef1f5; border: none; padding: 6px; font-weight: 600; }
QLabel#cartTotal { font-size: 26px; font-weight: 700; color: #101828; }
QLabel#cartSubtotal, QLabel#cartShipping { font-size: 15px; }
QLabel#cartEmptyHint, QLabel#catalogStatus, QLabel#checkoutHint { color: #667085; }
QPushButton { min-height: 34px; padding: 4px 14px; border-radius: 6px; border: 1px solid #c5ccd6;
    background: white; font-size: 14px; }
QPushButton:focus { border: 2px solid #0f766e; }
QPushButton#checkoutButton { min-height: 48px; font-size: 18px; font-weight: 700; color: white;
    background: #0f766e; border: none; }
QPushButton#checkoutButton:disabled { background: #98a2b3; }
QProgressBar { border: none; background: #e4e7ec; }
QProgressBar::chunk { background: #0f766e; }
QTabWidget::pane { border: none; }
QTabBar::tab { padding: 8px 18px; font-size: 14px; }
QTabBar::tab:selected { font-weight: 700; border-bottom: 3px solid #0f766e; }
"""


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the style sheet selects on (``[kind="error"]``) and restyle.

    Qt applies a changed dynamic property only after an unpolish/polish, which is not
    free: it is skipped when the value is already set.
    """
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()
