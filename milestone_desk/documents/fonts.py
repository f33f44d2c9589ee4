"""Embedded TrueType fonts with per-character fallback, so any client's name renders.

DejaVu Sans covers Latin (extended), Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic;
Noto Sans faces cover the scripts of South and South-East Asia and Ethiopia (Devanagari, Bengali,
Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Myanmar, Khmer,
Ethiopic); WenQuanYi Micro Hei covers CJK (Chinese, Japanese kana, Korean Hangul). All ship in
``resources/fonts/`` with their licences. Helvetica is never used for user text: it silently drops
every glyph it lacks. ``undrawable(text)`` names what no shipped face can draw, so a document is
refused before it is frozen rather than frozen with empty boxes.

``markup(text)`` is the only way user text enters a Paragraph: it removes control characters,
escapes ``& < >`` and splits the text into runs by font, so no user string is ever read as markup
(no ``<img src=...>``, no ``<a href=...>``, nothing that makes reportlab open a file or URL).
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from milestone_desk.resources_loader import resource_path

SANS = "MDSans"
SANS_BOLD = "MDSans-Bold"
FALLBACK = "MDFallback"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    FALLBACK: "wqy-microhei.ttc",
}

#: Script faces (Noto Sans, OFL) by the Unicode blocks they draw; each loads only when a document
#: holds a character of its blocks.
SCRIPTS: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {
    "MDDevanagari": ("NotoSansDevanagari-Regular.ttf", ((0x0900, 0x097F), (0xA8E0, 0xA8FF), (0x1CD0, 0x1CFF))),
    "MDBengali": ("NotoSansBengali-Regular.ttf", ((0x0980, 0x09FF),)),
    "MDGurmukhi": ("NotoSansGurmukhi-Regular.ttf", ((0x0A00, 0x0A7F),)),
    "MDGujarati": ("NotoSansGujarati-Regular.ttf", ((0x0A80, 0x0AFF),)),
    "MDTamil": ("NotoSansTamil-Regular.ttf", ((0x0B80, 0x0BFF),)),
    "MDTelugu": ("NotoSansTelugu-Regular.ttf", ((0x0C00, 0x0C7F),)),
    "MDKannada": ("NotoSansKannada-Regular.ttf", ((0x0C80, 0x0CFF),)),
    "MDMalayalam": ("NotoSansMalayalam-Regular.ttf", ((0x0D00, 0x0D7F),)),
    "MDSinhala": ("NotoSansSinhala-Regular.ttf", ((0x0D80, 0x0DFF),)),
    "MDThai": ("NotoSansThai-Regular.ttf", ((0x0E00, 0x0E7F),)),
    "MDLao": ("NotoSansLao-Regular.ttf", ((0x0E80, 0x0EFF),)),
    "MDMyanmar": ("NotoSansMyanmar-Regular.ttf", ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F))),
    "MDEthiopic": ("NotoSansEthiopic-Regular.ttf", ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F))),
    "MDKhmer": ("NotoSansKhmer-Regular.ttf", ((0x1780, 0x17FF), (0x19E0, 0x19FF))),
}
_FILES.update({name: file for name, (file, _blocks) in SCRIPTS.items()})


def _register(name: str) -> TTFont:
    # Not getFont(name) first: for an unknown name it parses every AFM file reportlab ships
    # (~100 of them, 350-480 ms) before it gives up. Parsing our two DejaVu faces takes ~25 ms,
    # so a cache of parsed faces would save too little to be worth it.
    if name in pdfmetrics.getRegisteredFontNames():
        font = pdfmetrics.getFont(name)
    else:
        font = TTFont(name, str(resource_path("fonts", _FILES[name])), subfontIndex=0)
        pdfmetrics.registerFont(font)
    assert isinstance(font, TTFont)
    return font


@lru_cache(maxsize=4096)
def _unicode_hex(cp: int) -> str:
    """UTF-16BE hex of what a drawn code point stands for: Arabic presentation forms (the shaped
    letters we draw) stand for their base letters, so copied or extracted text is what was typed."""
    ch = chr(cp)
    if 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
        ch = unicodedata.normalize("NFKC", ch) or ch
    return ch.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with base letters for shaped Arabic and astral characters fixed."""
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{i:02X}> <{_unicode_hex(v)}>" for i, v in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def register_fonts() -> None:
    """Register the primary family (regular and bold, so ``<b>`` works); cheap after the first call."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    _register(SANS)
    _register(SANS_BOLD)
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
    # A table cell's default font is Helvetica even when every cell holds a Paragraph; make the
    # default our face so no document carries (or ever draws with) a font that drops glyphs.
    from reportlab.platypus.tables import CellStyle

    CellStyle.fontname = SANS


@cache
def _fallback() -> frozenset[int]:
    """Code points of the CJK fallback face; the 4 MB font loads only when a document needs it."""
    font = _register(FALLBACK)
    addMapping(FALLBACK, 0, 0, FALLBACK)
    addMapping(FALLBACK, 1, 0, FALLBACK)
    addMapping(FALLBACK, 0, 1, FALLBACK)
    addMapping(FALLBACK, 1, 1, FALLBACK)
    return frozenset(font.face.charToGlyph)


@lru_cache(maxsize=64)
def _script_face(name: str) -> frozenset[int]:
    """Code points of one script face, registered (regular for bold too) on first use."""
    font = _register(name)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(name, bold, italic, name)
    return frozenset(font.face.charToGlyph)


@lru_cache(maxsize=4096)
def _script_of(cp: int) -> str | None:
    for name, (_file, blocks) in SCRIPTS.items():
        if any(lo <= cp <= hi for lo, hi in blocks):
            return name
    return None


@cache
def _primary() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(SANS)
    assert isinstance(font, TTFont)
    return frozenset(font.face.charToGlyph)


@lru_cache(maxsize=4096)  # labels, names and amounts repeat from document to document
def clean(text: str) -> str:
    """User text with control and format characters removed (newlines and tabs kept)."""
    out = []
    for ch in text:
        if ch in "\n\t":
            out.append(ch)
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cs", "Co", "Cn") or (cat == "Cf" and ch not in "\u200c\u200d"):
            continue
        out.append(ch)
    return "".join(out).replace("\t", " ")


@lru_cache(maxsize=8192)
def _face_or_none(ch: str) -> str | None:
    cp = ord(ch)
    if ch.isspace():
        return SANS
    script = _script_of(cp)
    if script is not None and cp in _script_face(script):
        return script
    if cp in _primary():
        return SANS
    if cp in _fallback():
        return FALLBACK
    return None


def font_for(ch: str) -> str:
    """The face that draws this character: its script's face, DejaVu, or the CJK fallback."""
    return _face_or_none(ch) or SANS


#: Characters that ride with the letter before them (joiners, selectors, combining marks).
_ATTACHED = ("Mn", "Me", "Cf")


def undrawable(text: str) -> list[str]:
    """The characters of ``text`` that no shipped face can draw (each once, in order)."""
    register_fonts()
    out: list[str] = []
    for ch in clean(text):
        if ch == "\n" or ch in "\u200c\u200d" or 0xFE00 <= ord(ch) <= 0xFE0F:
            continue  # joiners and variation selectors draw nothing themselves
        if _face_or_none(ch) is None and ch not in out:
            out.append(ch)
    return out


def describe(ch: str) -> str:
    """``'𓀀' (U+13000 EGYPTIAN HIEROGLYPH A001)`` for a sentence naming a character."""
    return f"'{ch}' (U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed character')})"


def runs(text: str) -> list[tuple[str, str]]:
    """Split text into (font, run) pieces, each drawable by one face."""
    pieces: list[tuple[str, str]] = []
    for ch in text:
        face = font_for(ch)
        attached = unicodedata.category(ch) in _ATTACHED and pieces and face == SANS
        if pieces and (pieces[-1][0] == face or ch == " " or attached):
            pieces[-1] = (pieces[-1][0], pieces[-1][1] + ch)
        else:
            pieces.append((face, ch))
    return pieces


def _has_rtl(line: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in line)


def visual(line: str) -> str:
    """One line in display order: Arabic joined into its contextual forms, right-to-left runs reversed.

    PDF text is drawn left to right glyph by glyph, so Arabic and Hebrew must be shaped and
    reordered before drawing (python-bidi, arabic-reshaper). The documents are left-to-right, so
    the base direction is LTR. Lines without RTL text are untouched.
    """
    if not _has_rtl(line):
        return line
    from bidi import get_display

    return str(get_display(_reshaper().reshape(line), base_dir="L"))


@cache
def _reshaper() -> Any:
    """Arabic reshaper that keeps diacritics and only uses ligatures DejaVu Sans can draw."""
    from arabic_reshaper import ArabicReshaper
    from arabic_reshaper.ligatures import LIGATURES

    have = _primary()
    config: dict[str, Any] = {"delete_harakat": False, "support_ligatures": True}
    for name, (_match, forms) in LIGATURES:
        config[name] = all(ord(ch) in have for form in forms for ch in form)
    return ArabicReshaper(configuration=config)


@lru_cache(maxsize=4096)  # a pure function of its text: cached, a batch of PDFs reuses most strings
def markup(text: str) -> str:
    """Safe Paragraph markup for one user string: escaped, split by font, newlines as breaks."""
    register_fonts()
    lines = [visual(line) for line in clean(text).split("\n")]
    out: list[str] = []
    for line in lines:
        parts = []
        for face, run in runs(line):
            safe = escape(run)
            parts.append(safe if face == SANS else f'<font face="{face}">{safe}</font>')
        out.append("".join(parts))
    return "<br/>".join(out)


def plain_width(text: str, size: float, bold: bool = False) -> float:
    """Width of text drawn with ``draw_runs`` (used for right-aligned canvas text)."""
    total = 0.0
    for face, run in runs(clean(text)):
        name = SANS_BOLD if bold and face == SANS else face
        total += pdfmetrics.stringWidth(run, name, size)
    return total


def _strings(value: object, path: str) -> list[tuple[str, str]]:
    """Every user string of a document model, with where it sits (``client.name``)."""
    import dataclasses

    if isinstance(value, str):
        return [(path, value)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: list[tuple[str, str]] = []
        for f in dataclasses.fields(value):
            out += _strings(getattr(value, f.name), f"{path}.{f.name}" if path else f.name)
        return out
    if isinstance(value, (list, tuple)):
        return [pair for item in value for pair in _strings(item, path)]
    return []


def ensure_drawable(doc: object, what: str) -> None:
    """Refuse (a sentence naming the character) a document with text no shipped font can draw,
    before it is frozen with empty boxes in it."""
    from milestone_desk.domain.errors import BadInput

    for where, text in _strings(doc, ""):
        missing = undrawable(text)
        if missing:
            field = where.replace("_", " ").replace(".", " ")
            raise BadInput(
                f"The {field} of {what}, {clean(text)!r}, has the character {describe(missing[0])}, which no "
                "font shipped with Milestone Desk can draw; change that text before issuing."
            )
