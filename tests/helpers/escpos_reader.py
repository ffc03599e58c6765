"""Read ESC/POS bytes back the way a printer would: text lines, QR data, cut, drawer pulse.

Only the commands our receipts use are understood; anything else raises, so a test notices
when the bytes change shape instead of silently skipping what it cannot read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ESC, GS, LF = 0x1B, 0x1D, 0x0A

# ESC commands with one parameter byte: print mode, bold, align, code page, feed n lines.
_ESC_ONE_BYTE = {
    ord("!"): "mode",
    ord("E"): "bold",
    ord("a"): "align",
    ord("t"): "codepage",
    ord("d"): "feed",
}
_QR_FUNCTIONS = {65: "qr_model", 67: "qr_size", 69: "qr_ec", 80: "qr_store", 81: "qr_print"}


@dataclass
class EscposDocument:
    lines: list[str] = field(default_factory=list)
    # (kind, value) in the order the printer meets them; text lines appear as ("text", line).
    events: list[tuple[str, object]] = field(default_factory=list)

    def values(self, kind: str) -> list[object]:
        return [value for event, value in self.events if event == kind]

    def index(self, kind: str) -> int:
        return next(i for i, (event, _) in enumerate(self.events) if event == kind)

    @property
    def qr_data(self) -> list[str]:
        return [str(value) for value in self.values("qr_store")]

    @property
    def cuts(self) -> int:
        return len(self.values("cut"))

    @property
    def drawer_pulses(self) -> list[object]:
        return self.values("drawer")

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def styled_lines(self, kind: str, value: int) -> list[str]:
        """Lines printed while the last ``kind`` command (``bold``, ``mode``) had ``value``."""
        state: dict[str, object] = {}
        found = []
        for event, event_value in self.events:
            if event == "text" and state.get(kind) == value:
                found.append(str(event_value))
            elif event != "text":
                state[event] = event_value
        return found


def read_escpos(data: bytes) -> EscposDocument:
    doc = EscposDocument()
    line = bytearray()
    i = 0
    while i < len(data):
        byte = data[i]
        if byte == LF:
            text = line.decode("cp437")
            doc.lines.append(text)
            doc.events.append(("text", text))
            line.clear()
            i += 1
        elif byte == ESC:
            i = _esc(data, i, doc)
        elif byte == GS:
            i = _gs(data, i, doc)
        elif byte >= 0x20:
            line.append(byte)
            i += 1
        else:
            raise ValueError(f"unexpected control byte {byte:#04x} at {i}")
    if line:
        raise ValueError(f"text without a line feed at the end: {line!r}")
    return doc


def _esc(data: bytes, i: int, doc: EscposDocument) -> int:
    command = data[i + 1]
    if command == ord("@"):
        doc.events.append(("init", None))
        return i + 2
    if command in _ESC_ONE_BYTE:
        doc.events.append((_ESC_ONE_BYTE[command], data[i + 2]))
        return i + 3
    if command == ord("p"):  # ESC p m t1 t2: pulse to the drawer pin m
        doc.events.append(("drawer", {0: 2, 48: 2, 1: 5, 49: 5}[data[i + 2]]))
        return i + 5
    raise ValueError(f"unknown ESC {command:#04x} at {i}")


def _gs(data: bytes, i: int, doc: EscposDocument) -> int:
    command = data[i + 1]
    if command == ord("(") and data[i + 2] == ord("k"):  # GS ( k pL pH cn fn [m] data
        length = data[i + 3] + 256 * data[i + 4]
        body = data[i + 5 : i + 5 + length]
        code_type, function = body[0], body[1]
        if code_type != ord("1") or function not in _QR_FUNCTIONS:
            raise ValueError(f"unknown 2D code command cn={code_type} fn={function} at {i}")
        kind = _QR_FUNCTIONS[function]
        if kind == "qr_store":
            if body[2] != ord("0"):
                raise ValueError(f"QR store with m={body[2]} at {i}")
            doc.events.append((kind, body[3:].decode("utf-8")))
        else:
            doc.events.append((kind, bytes(body[2:])))
        return i + 5 + length
    if command == ord("V"):  # GS V m [n]: cut
        mode = data[i + 2]
        doc.events.append(("cut", mode))
        return i + (4 if mode >= 65 else 3)
    if command == ord("!"):
        doc.events.append(("size", data[i + 2]))
        return i + 3
    raise ValueError(f"unknown GS {command:#04x} at {i}")
