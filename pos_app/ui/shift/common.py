"""What the shift screens share: touch-sized inputs, a rupiah field, shop-clock times, drawer words."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPushButton, QWidget

from pos_app.domain.shift import Language, Shift
from pos_app.languages import current_language
from pos_app.ui.common.money_format import format_money, parse_money
from pos_app.ui.common.style import set_style_property
from pos_app.ui.common.touch import TOUCH

# The app's style sheet sets smaller minimum heights, and a style sheet's min-height wins over
# setMinimumHeight(); this one (on the screen itself) wins over the window's. Content height:
# the padding and border add the rest of the 44 px. The focus frame is 1 px wider, so the
# padding gives 1 px back: a field must not grow (and clip) when it takes the focus.
SHIFT_STYLE = """
QLineEdit, QComboBox, QDateEdit { min-height: 38px; }
QLineEdit:focus, QComboBox:focus { padding: 1px 7px; }
QPushButton { min-height: 34px; padding: 4px 14px; }
QLabel#paneTitle { font-size: 20px; }
QLabel[role="hint"] { color: #475467; }
QLabel[kind="error"] { color: #b42318; font-weight: 600; }
QLabel[kind="warning"] { color: #b54708; font-weight: 600; }
QLabel[kind="ok"] { color: #067647; font-weight: 600; }
QLabel[role="banner"] { padding: 8px 12px; border-radius: 6px; background: #eff8ff; color: #1849a9; }
QLabel[role="banner"][kind="warning"] { background: #fffaeb; color: #b54708; }
QLabel[role="banner"][kind="error"] { background: #fef3f2; color: #b42318; }
QLabel[role="banner"][kind="ok"] { background: #ecfdf3; color: #067647; }
QLabel[role="amount"] { font-size: 15px; }
QLabel[role="total"] { font-size: 17px; font-weight: 700; }
QLabel#shiftDifference { font-size: 20px; font-weight: 700; padding: 6px 10px; border-radius: 6px;
    background: #f2f4f7; }
QLabel#shiftDifference[kind="error"] { background: #fef3f2; }
QLabel#shiftDifference[kind="warning"] { background: #fffaeb; }
QLabel#shiftDifference[kind="ok"] { background: #ecfdf3; }
QPushButton[role="primary"] { min-height: 36px; font-size: 17px; font-weight: 700; color: white;
    background: #0f766e;
    border: none; padding: 4px 22px; }
QPushButton[role="primary"]:disabled { background: #98a2b3; }
QPushButton:checked { background: #ccfbef; border: 2px solid #0f766e; }
QGroupBox { font-weight: 600; }
QTableView::item { padding: 0 6px; }
"""


def touch(*widgets: QWidget) -> None:
    for widget in widgets:
        widget.setMinimumHeight(TOUCH)


def primary(button: QPushButton) -> QPushButton:
    button.setProperty("role", "primary")
    touch(button)
    return button


def set_kind(widget: QWidget, kind: str) -> None:
    set_style_property(widget, "kind", kind)


def report_language() -> Language:
    """The UI language for texts the domain prints (method and cash labels, the printout)."""
    app = QCoreApplication.instance()
    return "id" if app is not None and current_language(app) == "id" else "en"


def shop_time(moment: datetime, tz: tzinfo) -> str:
    """``27/11/2026 08.05`` on the shop's clock (the PC may sit in another zone)."""
    return moment.astimezone(tz).strftime("%d/%m/%Y %H.%M")


def shift_name(shift: Shift) -> str:
    """``Shift #12 (KASIR-01)``: the number people say, and the till when a shop has several."""
    return QCoreApplication.translate("ShiftTexts", "Shift #{number} ({terminal})").format(
        number=shift.number, terminal=shift.terminal
    )


def difference_text(difference: int) -> tuple[str, str]:
    """Words and a style kind for counted − expected: never colour alone."""
    if difference < 0:
        text = QCoreApplication.translate("ShiftTexts", "Short: {amount} (less cash than expected)")
        return text.format(amount=format_money(difference)), "error"
    if difference > 0:
        text = QCoreApplication.translate("ShiftTexts", "Over: +{amount} (more cash than expected)")
        return text.format(amount=format_money(difference)), "warning"
    return QCoreApplication.translate("ShiftTexts", "Exact: the drawer matches"), "ok"


class MoneyEdit(QLineEdit):
    """A rupiah field: ``200000``, ``200.000`` and ``Rp 200.000`` are the same amount.

    Marked invalid (the style's red border) while its text is not an amount, and shown back
    as ``Rp 200.000`` when the cashier leaves it, so ``200`` typed for ``200.000`` is seen.
    """

    def __init__(self, parent: QWidget | None = None, *, objectName: str) -> None:
        super().__init__(parent, objectName=objectName)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(24)
        touch(self)
        self.textChanged.connect(self._mark)
        self.editingFinished.connect(self._tidy)

    def amount(self) -> int | None:
        """The amount, or None while the field is empty or not an amount."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_money(text)
        except ValueError:
            return None

    def is_empty(self) -> bool:
        return not self.text().strip()

    def set_amount(self, amount: int | None) -> None:
        self.setText("" if amount is None else format_money(amount))

    def _mark(self) -> None:
        set_style_property(self, "invalid", "true" if not self.is_empty() and self.amount() is None else "")

    def _tidy(self) -> None:
        amount = self.amount()
        if amount is not None:
            self.setText(format_money(amount))


def auto_default(*buttons: QAbstractButton) -> None:
    """Enter presses the focused button too, not only Space (keyboard-first counters)."""
    for button in buttons:
        if isinstance(button, QPushButton):
            button.setAutoDefault(True)
