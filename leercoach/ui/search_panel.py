"""Search everything that was written down (answers, summaries, private notes, actions)."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leercoach.store import SearchHit
from leercoach.ui.search_model import HIT_ROLE, SNIPPET_HTML_ROLE, SearchResultsModel
from leercoach.ui.session import Changes, Session

# One letter finds too much to be useful, and searching on the first key press would
# make the list jump before the person has typed a word.
MIN_QUERY_LENGTH = 2
DEBOUNCE_MS = 200


class SnippetDelegate(QStyledItemDelegate):
    """Paints the snippet's rich text (matched words in bold) on one line."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(SNIPPET_HTML_ROLE) or ""))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        document = self._document(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # Background, selection and focus as the style draws them; the text ourselves.
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(colour))
        painter.save()
        top = rect.top() + max(0, (rect.height() - round(document.size().height())) // 2)
        painter.translate(rect.left(), top)
        painter.setClipRect(0, 0, rect.width(), rect.height(), Qt.ClipOperation.IntersectClip)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        document = self._document(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        # The text rect of an item is inset by the focus frame margin, plus one, each side.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, opt, widget) + 1
        width = max(base.width(), round(document.idealWidth()) + 2 * margin)
        return QSize(width, max(base.height(), round(document.size().height())))


class SearchPanel(QWidget):
    """A search box over all written text; activating a hit asks to open that talk."""

    openRequested = Signal(str, str)
    """(employee_id, conversation_id or "" for an action agreed outside a talk)."""
    hitActivated = Signal(object)
    """The activated SearchHit itself, for callers that want the card or action too."""
    searchFinished = Signal(int)
    LIMIT = 50

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, include_private: bool = False
    ) -> None:
        """``include_private`` starts unticked: as in a conversation, private notes stay off
        the screen (which the employee often sees) until the manager asks for them."""
        super().__init__(parent)
        self.session = session
        self.query = QLineEdit()
        self.query.setObjectName("fullTextSearch")
        self.query.setPlaceholderText(self.tr("Search answers, notes and actions…"))
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(self.tr("Search text"))
        self.query.installEventFilter(self)
        self.include_private = QCheckBox(self.tr("Include private notes"))
        self.include_private.setObjectName("includePrivateNotes")
        self.include_private.setChecked(include_private)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.model = SearchResultsModel(self)
        self.view = QTableView()
        self.view.setObjectName("searchResults")
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(SearchResultsModel.SNIPPET, SnippetDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column in (SearchResultsModel.PERSON, SearchResultsModel.DATE, SearchResultsModel.KIND):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Questions are long: a fixed start width, the passage gets the rest.
        header.resizeSection(SearchResultsModel.TITLE, 220)
        header.setSectionResizeMode(SearchResultsModel.SNIPPET, QHeaderView.ResizeMode.Stretch)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(self._typed)
        self.query.returnPressed.connect(self.run_search)
        self.include_private.toggled.connect(self.run_search)
        self.view.activated.connect(self._activate)
        # Saved answers announce nothing; other changes do, and showEvent covers the rest.
        session.changed.connect(self._data_changed)

        options = QHBoxLayout()
        options.addWidget(self.include_private)
        options.addStretch(1)
        options.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query)
        layout.addLayout(options)
        layout.addWidget(self.view, 1)

    def set_query(self, text: str) -> None:
        """Put ``text`` in the box; the search follows after the typing pause."""
        self.query.setText(text)

    def focus_query(self) -> None:
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def run_search(self) -> None:
        self._timer.stop()
        text = self.query.text().strip()
        hits: list[SearchHit] = []
        if len(text) >= MIN_QUERY_LENGTH:
            hits = self.session.search(
                text, self.LIMIT, include_private=self.include_private.isChecked()
            )
        self._show(text, hits)
        self.searchFinished.emit(len(hits))

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        self.model.set_rows(hits)
        self.status.setText(self._status_text(text, len(hits)))

    def _status_text(self, text: str, count: int) -> str:
        if len(text) < MIN_QUERY_LENGTH:
            return ""
        if count == 0:
            return self.tr("No results for “%1”").replace("%1", text)
        if count >= self.LIMIT:
            return self.tr("The first %n results: add a word to narrow them down", "", count)
        return self.tr("%n result(s)", "", count)

    def _typed(self, text: str) -> None:
        if len(text.strip()) < MIN_QUERY_LENGTH:
            # Not a search: a cleared or one-letter box empties the list at once.
            self._timer.stop()
            self._show("", [])
        else:
            self._timer.start()

    def _data_changed(self, changes: Changes) -> None:
        if changes.anyone and self.isVisible() and self.query.text().strip():
            self._timer.start()

    def _activate(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.openRequested.emit(hit.employee_id, hit.conversation_id or "")
            self.hitActivated.emit(hit)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.query.text().strip():
            self.run_search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the box walks into the results, as in a browser's address bar.
        if (
            watched is self.query
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            self.view.selectRow(max(0, self.view.currentIndex().row()))
            return True
        return super().eventFilter(watched, event)
