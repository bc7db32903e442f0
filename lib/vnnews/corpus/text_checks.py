"""Is decoded text Vietnamese running text? Mojibake, binary data, markup and VIQR are told
apart from it, each with the reason a researcher can act on.
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["VIETNAMESE_LETTERS", "text_problem", "mojibake", "legacy_guess"]

# Letters only Vietnamese uses (with breve, circumflex, horn, dot below, hook above, đ)
VIETNAMESE_LETTERS = frozenset(
    "ăắằẳẵặâấầẩẫậđêếềểễệôốồổỗộơớờởỡợưứừửữựạảẹẻẽỉịọỏụủỳỵỷỹĩũ"
    "ĂẮẰẲẴẶÂẤẦẨẪẬĐÊẾỀỂỄỆÔỐỒỔỖỘƠỚỜỞỠỢƯỨỪỬỮỰẠẢẸẺẼỈỊỌỎỤỦỲỴỶỸĨŨ"
)
# Latin-1 symbols and letters Vietnamese never uses: what TCVN3/VNI bytes look like as Windows-1252
_FOREIGN = frozenset("¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÑÖ×ØÛÜÞßäåæçëîïñöøûüþÿ")
_TCVN3_MARKERS = frozenset("§®¸µ¶·¹¨©ª«¬")
# counted with regular expressions: one C-level pass per count
_FOREIGN_CHAR = re.compile("[" + re.escape("".join(sorted(_FOREIGN))) + "]")
_TCVN3_CHAR = re.compile("[" + re.escape("".join(sorted(_TCVN3_MARKERS))) + "]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def _count(pattern: re.Pattern[str], text: str) -> int:
    return len(pattern.findall(text))
# a UTF-8 lead byte (C3-C6, or E1 BA/BB for the Vietnamese block) then a continuation byte, as Windows-1252 shows them
_DOUBLE_UTF8 = re.compile("(?:[ÃÄÅÆ]|á[º»])[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
# markup of a saved web page or of HTML stored in a crawl's content column
_HTML_DOCUMENT = re.compile(r"\A\s*(?:<\?xml[^>]{0,200}>\s*)?<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:p|div|br|span|a|img|script|style|table|tr|td|li|ul|ol|h[1-6]|meta|link|figure|figcaption|strong|em|iframe|section|article)"
    r"(?:\s[^<>]{0,300})?/?>",
    re.IGNORECASE,
)
# VIQR writes Vietnamese in ASCII: a vowel then ^ ( + for its shape (Vie^.t, ddu+o+`ng, ba(ng)
_VIQR_MARK = re.compile(r"[aeiouyAEIOUY][\^(+]")
_VIQR_WORD = re.compile(r"(?<![\w^(+`'?~])[A-Za-z]*[aeiouyAEIOUY](?:[\^(+][`'?~.]?|[`'?~][A-Za-z]*[aeiouyAEIOUY][\^(+])[A-Za-z]*")


def mojibake(text: str) -> str | None:
    """Why ``text`` reads as mojibake, or None when it reads as Vietnamese (or not as Vietnamese at all)."""
    foreign = _count(_FOREIGN_CHAR, text)
    double = _count(_DOUBLE_UTF8, text) if _DOUBLE_UTF8.search(text) else 0
    if foreign < 3 and double < 3:
        return None
    letters = sum(map(str.isalpha, text))
    if letters < 20:
        return None
    viet = sum(map(VIETNAMESE_LETTERS.__contains__, text))
    if double >= 3 and double > viet:
        return "UTF-8 text that was decoded twice (as Windows-1252) and saved again"
    if foreign >= 3 and foreign > 0.02 * letters and foreign > viet:
        tcvn = _count(_TCVN3_CHAR, text)
        guess = "TCVN3 (ABC)" if tcvn >= foreign / 3 else "VNI"
        return f"text in a legacy Vietnamese font encoding ({guess}, most likely) read as Windows-1252"
    return None


def legacy_guess(data: bytes) -> str:
    """Which 8-bit encoding bytes that are not UTF-8 are most likely in."""
    try:
        as_1258 = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        as_1258 = ""
    letters = sum(map(str.isalpha, as_1258)) or 1
    if as_1258 and sum(map(VIETNAMESE_LETTERS.__contains__, as_1258)) > 0.03 * letters and mojibake(as_1258) is None:
        return "Windows-1258 (Vietnamese)"
    return "an 8-bit legacy encoding such as TCVN3 (ABC) or VNI"


def _controls(text: str) -> int:
    return _count(_CONTROL, text)


def text_problem(text: str) -> tuple[str, str] | None:
    """``(kind, reason)`` when decoded ``text`` is not Vietnamese running text, else None.

    Kinds: ``binary`` (NUL or control characters), ``html`` (a web page or markup),
    ``viqr`` (Vietnamese written in ASCII with VIQR marks), ``mojibake``.

    Examples
    --------
    >>> text_problem("<!DOCTYPE html><html><body><p>Hà Nội</p></body></html>")[0]
    'html'
    >>> text_problem("Vie^.t Nam la` mo^.t quo^'c gia. Ha` No^.i la` thu?~ ddo^.")[0]
    'viqr'
    >>> text_problem("Sáng 1/7, Bộ Chính trị họp.") is None
    True
    """
    nul = text.find("\x00")
    if nul >= 0:
        return "binary", f"holds NUL characters (the first at character {nul}): binary data, not text"
    if _controls(text[:8192]) > 0.02 * len(text[:8192]) or _controls(text) > 0.02 * len(text):
        return "binary", "decodes as text but is full of control characters (binary data?)"
    if _HTML_DOCUMENT.match(text):
        return "html", "an HTML page, not article text: save the article's text (or the crawl's text field) instead"
    tags = len(_HTML_TAG.findall(text))
    if tags >= 5:
        return "html", f"HTML markup ({tags} tags), not plain article text: strip the markup (e.g. with BeautifulSoup's get_text) first"
    viqr = _VIQR_WORD.findall(text) if _VIQR_MARK.search(text) else []
    if len(viqr) >= 3 and len(viqr) > 0.05 * (len(text.split()) or 1) and len(viqr) > sum(map(VIETNAMESE_LETTERS.__contains__, text)):
        return "viqr", (f"Vietnamese written in VIQR ({len(viqr)} words such as {viqr[0]!r} with ASCII marks), not Unicode: "
                        "convert it to Unicode first (e.g. with UniKey's toolkit)")
    why = mojibake(unicodedata.normalize("NFC", text))
    if why is not None:
        return "mojibake", f"decodes but reads as mojibake: {why}; convert the original to UTF-8"
    return None
