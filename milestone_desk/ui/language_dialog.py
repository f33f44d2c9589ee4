"""Settings → Language: choose the interface language; money and dates follow it.

On OK the choice is saved and the translators are swapped at once (``install_translator``);
``language_changed`` then carries the language used so the main window can rebuild its texts.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from milestone_desk.ui.formatting_locale import format_date_locale, format_money_locale
from milestone_desk.ui.i18n import (
    LANGUAGES,
    chosen_language,
    effective_language,
    install_translator,
    locale_for,
    save_language,
)

SAMPLE_CENTS = 4_850_000
SAMPLE_DATE = date(2026, 3, 5)


class LanguageDialog(QDialog):
    language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, currency: str = "USD") -> None:
        super().__init__(parent)
        self.currency = currency
        self.setWindowTitle(self.tr("Language"))
        self.setMinimumWidth(420)
        self.combo = QComboBox()
        system = LANGUAGES[effective_language("")]
        self.combo.addItem(self.tr("System default ({0})").format(system), "")
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen_language())))
        self.example = QLabel()
        self.example.setObjectName("languageExample")
        note = QLabel(self.tr("Menus and dialogs opened from now on use the new language."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.combo)
        form.addRow(self.tr("Example"), self.example)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.combo.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def selected(self) -> str:
        return str(self.combo.currentData() or "")

    def refresh(self) -> None:
        locale = locale_for(effective_language(self.selected()))
        money = format_money_locale(SAMPLE_CENTS, self.currency, locale)
        self.example.setText(f"{money} · {format_date_locale(SAMPLE_DATE, locale, 'long')}")

    def apply(self) -> None:
        save_language(self.selected())
        app = QCoreApplication.instance()
        used = install_translator(app, self.selected()) if app is not None else self.selected()
        self.language_changed.emit(used)
        self.accept()
