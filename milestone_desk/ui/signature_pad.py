"""A signature pad: draw with the mouse, a pen or a finger into an image, saved as PNG bytes."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent, QTabletEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor("#10243e")


class SignaturePad(QWidget):
    """Strokes go into a QImage (white paper); ``png()`` gives its bytes, None while blank."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setMinimumSize(QSize(360, 120))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.image = QImage(self._paper_size(), QImage.Format.Format_RGB32)
        self.image.fill(QColor("white"))
        self._last: QPointF | None = None
        self.strokes = 0

    def _paper_size(self) -> QSize:
        return QSize(max(self.width(), 360), max(self.height(), 120))

    def sizeHint(self) -> QSize:
        return QSize(480, 150)

    def is_blank(self) -> bool:
        return self.strokes == 0

    def clear(self) -> None:
        self.image.fill(QColor("white"))
        self.strokes = 0
        self.update()

    def png(self) -> bytes | None:
        if self.is_blank():
            return None
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        self.image.save(buf, "PNG")  # type: ignore[call-overload]
        buf.close()
        return bytes(data.data())

    # drawing
    def _line_to(self, point: QPointF, width: float = 2.6) -> None:
        if self._last is not None:
            painter = QPainter(self.image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawLine(self._last, point)
            painter.end()
            self.update()
        self._last = point

    def begin_stroke(self, point: QPointF) -> None:
        self._last = point
        self.strokes += 1

    def end_stroke(self) -> None:
        self._last = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.begin_stroke(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._line_to(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._line_to(event.position())
        self.end_stroke()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self.begin_stroke(event.position())
        elif kind == QTabletEvent.Type.TabletMove and self._last is not None:
            self._line_to(event.position(), 1.2 + 2.8 * event.pressure())
        elif kind == QTabletEvent.Type.TabletRelease:
            self.end_stroke()
        event.accept()

    def event(self, ev: object) -> bool:  # touch: a finger draws like the mouse
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QTouchEvent

        if isinstance(ev, QTouchEvent) and ev.points():
            point = ev.points()[0].position()
            if ev.type() == QEvent.Type.TouchBegin:
                self.begin_stroke(point)
            elif ev.type() == QEvent.Type.TouchUpdate:
                self._line_to(point)
            else:
                self.end_stroke()
            ev.accept()
            return True
        return super().event(ev)  # type: ignore[arg-type]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawImage(0, 0, self.image)
        painter.setPen(QPen(QColor("#b8c2cc"), 1, Qt.PenStyle.DashLine))
        y = self.height() - 28
        painter.drawLine(16, y, self.width() - 16, y)
        painter.setPen(QColor("#8593a3"))
        painter.drawText(18, y + 18, self.tr("Sign above the line"))
        painter.setPen(QColor("#c9d2dc"))
        painter.drawRect(0, 0, self.width() - 1, self.height() - 1)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = self._paper_size()
        if size.width() > self.image.width() or size.height() > self.image.height():
            bigger = QImage(size, QImage.Format.Format_RGB32)
            bigger.fill(QColor("white"))
            p = QPainter(bigger)
            p.drawImage(0, 0, self.image)
            p.end()
            self.image = bigger
        super().resizeEvent(event)
