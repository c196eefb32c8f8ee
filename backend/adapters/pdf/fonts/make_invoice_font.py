"""
Makes PeizhenInvoiceSansSC-Regular.ttf, the font of the invoice PDFs, from Noto Sans CJK SC.

Source: Debian's fonts-noto-cjk (Noto Sans CJK 2.004, SIL Open Font License 1.1), the face
NotoSansCJKsc-Regular of NotoSansCJK-Regular.ttc. Steps, all with fontTools:
  1. keep the characters of GB 2312 (6,763 hanzi and 682 symbols), printable ASCII and a few
     symbols invoices use (¥, ·, —, …); drop hinting and layout features;
  2. convert the CFF outlines to TrueType (quadratic) outlines with cu2qu, so PDF libraries
     embed it as a plain TrueType font (FontFile2) and subset it per document (fontkit's CFF
     subsets of this CID-keyed font come out invalid); pad every glyph to 4 bytes;
  3. rename the family (a Modified Version under the OFL) and keep the copyright and licence.

Run (Debian): apt-get install fonts-noto-cjk python3-fonttools
              python3 backend/adapters/pdf/fonts/make_invoice_font.py
The output is deterministic for the same source font and fontTools version (head.modified is
pinned to head.created).
"""
import os
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE = "NotoSansCJKsc-Regular"
HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "PeizhenInvoiceSansSC-Regular.ttf")
FAMILY = "Peizhen Invoice Sans SC"
POSTSCRIPT = "PeizhenInvoiceSansSC-Regular"
EXTRA = "¥·—–…‘’“”•℃№±√"


def gb2312_characters():
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def unicodes():
    chars = gb2312_characters()
    chars.update(chr(c) for c in range(0x20, 0x7F))
    chars.update(EXTRA)
    return sorted(ord(c) for c in chars)


def open_face():
    for font in TTCollection(SOURCE).fonts:
        if font["name"].getDebugName(6) == FACE:
            return font
    sys.exit(f"{FACE} not found in {SOURCE}")


def to_quadratic(font):
    """CFF → glyf, as fontTools' otf2ttf snippet does (max error 1 unit of 1000)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    # Every glyph padded to 4 bytes: subsetters that copy glyphs as they are (fontkit, used by
    # pdf-lib) write short loca offsets, which only address even positions.
    glyf.padding = 4
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        advance = hmtx[name][0]
        hmtx[name] = (advance, glyph.xMin if hasattr(glyph, "xMin") else 0)
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    post = font["post"]
    post.formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font):
    name = font["name"]
    copyright_text = name.getDebugName(0)
    licence = name.getDebugName(13)
    licence_url = name.getDebugName(14)
    version = name.getDebugName(5)
    name.names = []
    records = {
        0: copyright_text,
        1: FAMILY,
        2: "Regular",
        3: f"{POSTSCRIPT};{version}",
        4: f"{FAMILY} Regular",
        5: version,
        6: POSTSCRIPT,
        10: f"A subset of {FACE} (GB 2312 and ASCII) with TrueType outlines, for Peizhen invoices.",
        13: licence,
        14: licence_url,
    }
    for name_id, text in records.items():
        if text:
            name.setName(text, name_id, 3, 1, 0x409)


def main():
    font = open_face()
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.glyph_names = False
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes())
    subsetter.subset(font)
    to_quadratic(font)
    rename(font)
    font["head"].modified = font["head"].created
    font.recalcTimestamp = False
    font.save(OUTPUT, reorderTables=True)
    print(f"{OUTPUT}: {os.path.getsize(OUTPUT)} bytes, {len(font.getGlyphOrder())} glyphs")


if __name__ == "__main__":
    main()
