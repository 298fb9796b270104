#!/usr/bin/python3
"""Writes the code points one of QVirt's CJK fallback fonts must cover.

Usage: cjk_charset.py REGION OUT.txt [TS_FILE ...]

REGION is SC, TC, JP or KR. The set is the common character set of the
region's names (VM, snapshot, network and file names) plus every character of
the given translation catalogues, plus the CJK punctuation and full-width
forms all four share. The standard sets come from Python's own codecs, so
nothing is downloaded or hand-listed.
"""
import re
import sys


def decode_range(codec, leads, trails):
    chars = set()
    for lead in leads:
        for trail in trails:
            try:
                chars.add(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                pass
    return chars


def gb2312_level1():
    # Rows 16-55 (lead bytes 0xB0-0xD7) of GB 2312 hold the 3,755 level-1 hanzi.
    return decode_range("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))


def big5_common():
    # 0xA440-0xC67E: Big5's 5,401 frequently used characters (常用字).
    trails = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
    chars = decode_range("big5", range(0xA4, 0xC7), trails)
    return {c for c in chars if c.encode("big5") <= b"\xc6\x7e"}


def jis_kanji_and_kana():
    # JIS X 0208 rows 16-84 (both kanji levels) hold every Joyo kanji but the
    # four the 2010 revision added from outside it; those are added by hand.
    chars = decode_range("euc_jp", range(0xB0, 0xF5), range(0xA1, 0xFF))
    chars |= {"\U00020B9F", "\u5861", "\u525D", "\u9830"}
    chars |= {chr(c) for c in range(0x3041, 0x3097)}   # hiragana
    chars |= {chr(c) for c in range(0x30A1, 0x3100)}   # katakana
    chars |= {chr(c) for c in range(0x31F0, 0x3200)}   # small katakana for Ainu
    chars |= {chr(c) for c in range(0xFF61, 0xFFA0)}   # half-width katakana
    return chars


def ksx1001_hangul():
    # Rows 16-40 (lead bytes 0xB0-0xC8) of KS X 1001: the 2,350 hangul syllables.
    chars = decode_range("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF))
    chars |= {chr(c) for c in range(0x3131, 0x318F)}   # compatibility jamo
    return chars


SETS = {"SC": gb2312_level1, "TC": big5_common, "JP": jis_kanji_and_kana, "KR": ksx1001_hangul}


def shared_marks():
    chars = {chr(c) for c in range(0x3000, 0x3040)}     # CJK symbols and punctuation
    chars |= {chr(c) for c in range(0xFF01, 0xFF61)}    # full-width forms
    chars |= {chr(c) for c in range(0x2010, 0x2027)}    # dashes, quotes, ellipsis
    chars |= set("·×÷→←↑↓…“”‘’")
    return chars


def translated_text(path):
    text = open(path, encoding="utf-8").read()
    return "".join(re.findall(r"<translation[^>]*>(.*?)</translation>", text, re.S)) + \
        "".join(re.findall(r"<numerusform>(.*?)</numerusform>", text, re.S))


def main():
    region, out = sys.argv[1], sys.argv[2]
    chars = SETS[region]() | shared_marks()
    for ts in sys.argv[3:]:
        chars |= {c for c in translated_text(ts) if ord(c) >= 0x2E80}
    with open(out, "w", encoding="ascii") as f:
        for cp in sorted(ord(c) for c in chars):
            f.write("U+%04X\n" % cp)
    print("%s: %d code points" % (region, len(chars)))


if __name__ == "__main__":
    main()
