"""Table columns as wide as their texts, up to a cap, with the name columns sharing the rest.

Qt's ResizeToContents has no per-column maximum, so one long status ("Rejected: …" with the
server's whole reason) or method name widened its column until the customer column was
squeezed to nothing and the table scrolled sideways on a 1024-px counter monitor. Here every
column but the shared ones takes its texts' width (the header's at least), capped where
texts can be long: those cells end in "…" and keep the full text in their tooltip. A cap is
given as texts (translated, asked again at every fit) rather than pixels, so it follows the
language and the font.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

_PADDING = 20  # px: a cell's padding on both sides as the style sheets give it, and a bold word's extra


class FittedColumns(QObject):
    """Keeps ``view``'s columns fitted as rows change, scroll into sight, or are retranslated.

    ``shared`` columns (names) stretch over what is left; ``caps`` maps a column to the
    texts it must show whole: it is never wider than the widest of them.
    """

    def __init__(
        self, view: QTableView, *, shared: Sequence[int], caps: Mapping[int, Callable[[], Iterable[str]]]
    ) -> None:
        super().__init__(view)
        self._view = view
        self._shared = tuple(shared)
        self._caps = dict(caps)
        # Once per turn of the event loop: a status round changes many rows one by one.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.fit)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in self._shared:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        view.verticalScrollBar().valueChanged.connect(lambda _value: self._timer.start())
        view.installEventFilter(self)
        self._watch_model()

    def _watch_model(self) -> None:
        model = self._view.model()
        for signal in (model.modelReset, model.layoutChanged, model.dataChanged, model.rowsInserted,
                       model.headerDataChanged):  # fmt: skip
            signal.connect(lambda *_: self._timer.start())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() in (QEvent.Type.Show, QEvent.Type.FontChange):
            self._timer.start()
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        view, header = self._view, self._view.horizontalHeader()
        metrics = view.fontMetrics()
        for column in range(header.count()):
            if column in self._shared or header.isSectionHidden(column):
                continue
            width = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            if column in self._caps:
                cap = max((metrics.horizontalAdvance(text) for text in self._caps[column]()), default=0)
                width = min(width, cap + _PADDING)
            header.resizeSection(column, width)
