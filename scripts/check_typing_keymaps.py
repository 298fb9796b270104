#!/usr/bin/python3
# Checks the typing layouts of viewer/typingkeymap.cpp against the X keyboard
# data (Debian: xkb-data, x11proto-core-dev for keysymdef.h): every key, level
# and keysym in the tables must be what xkb's us(basic), de(basic), fr(basic)
# and jp(106) give. A developer's check, not a build or run-time dependency.
#   scripts/check_typing_keymaps.py viewer/typingkeymap.cpp
import re, sys
XKB = '/usr/share/X11/xkb'
syms = {}
for line in open('/usr/include/X11/keysymdef.h'):
    m = re.match(r'#define XK_(\w+)\s+0x([0-9a-fA-F]+)', line)
    if m: syms.setdefault(m.group(1), int(m.group(2), 16))
codes = {}
for line in open(XKB + '/keycodes/evdev'):
    m = re.match(r'\s*<(\w+)>\s*=\s*(\d+);', line)
    if m: codes[m.group(1)] = int(m.group(2))
for line in open(XKB + '/keycodes/evdev'):
    m = re.match(r'\s*alias\s*<(\w+)>\s*=\s*<(\w+)>;', line)
    if m and m.group(2) in codes: codes[m.group(1)] = codes[m.group(2)]
def qnum(xkbcode):
    ev = xkbcode - 8
    if 1 <= ev <= 83: return ev
    return {85: 0x76, 86: 0x56, 89: 0x73, 124: 0x7d}.get(ev)
def section(fname, sec):
    text = open(f'{XKB}/symbols/{fname}').read()
    ms = list(re.finditer(r'xkb_symbols\s+"([^"]+)"', text))
    for i, m in enumerate(ms):
        end = ms[i + 1].start() if i + 1 < len(ms) else len(text)
        head = text[max(0, text.rfind('\n', 0, max(0, text.rfind('\n', 0, m.start())))):m.start()]
        if (sec and m.group(1) == sec) or (not sec and 'default' in head):
            return text[m.start():end]
    raise SystemExit(f'no {fname}({sec})')
def keysym(name):
    if re.fullmatch(r'U[0-9A-Fa-f]{4,6}', name): return 0x01000000 | int(name[1:], 16)
    if re.fullmatch(r'0x[0-9a-fA-F]+', name): return int(name, 16)
    if len(name) == 1 and name.isdigit(): return ord(name)
    return syms.get(name, -1)
def load(spec, keys):
    m = re.fullmatch(r'(\w+)(?:\((\w+)\))?', spec)
    b = section(m.group(1), m.group(2))
    for inc in re.findall(r'^\s*include\s+"([^"]+)"', b, re.M):
        for part in inc.split('+'):
            load(part, keys)
    for km in re.finditer(r'key\s+<(\w+)>\s*\{(.*?)\};', b, re.S):
        body = km.group(2)
        lm = re.findall(r'\[([^\]]*)\]', body)
        if not lm: continue
        levels = [s.strip() for s in lm[-1].split(',')]
        code = codes.get(km.group(1))
        if code is None or qnum(code) is None: continue
        keys[qnum(code)] = [keysym(s) for s in levels]
    return keys
src = open(sys.argv[1]).read()
def cval(tok):
    tok = tok.strip()
    m = re.fullmatch(r"U?'(\\?.)'", tok)
    if m: return ord(m.group(1)[-1])
    consts = {'kDeadCircumflex': 0xfe52, 'kDeadAcute': 0xfe51, 'kDeadGrave': 0xfe50, 'kDeadTilde': 0xfe53,
              'kDeadDiaeresis': 0xfe57, 'kEuroSign': 0x20ac, 'kSpaceQnum': 0x39}
    if tok in consts: return consts[tok]
    return int(tok, 0)
bad = 0
for fn, spec in [('usKeys', ['pc', 'us(basic)']), ('deKeys', ['pc', 'de(basic)']),
                 ('frKeys', ['pc', 'fr(basic)']), ('jpKeys', ['pc', 'jp(106)'])]:
    xkb = {}
    for s in spec: load(s, xkb)
    body = re.search(fn + r'\(\)\n\{(.*?)\n\}', src, re.S).group(1)
    rows = []
    for m in re.finditer(r"letter\((0x[0-9a-f]+), U'(.)'(?:, ([^)]+))?\)", body):
        rows.append((int(m.group(1), 16), [ord(m.group(2)), ord(m.group(2).upper())] + ([cval(m.group(3))] if m.group(3) else [])))
    for m in re.finditer(r"\{(0x[0-9a-f]+|kSpaceQnum), \{((?:[^{}']|'[^']*'|'\\\\'|'\\'')*)\}\}", body):
        vals = re.findall(r"U?'(?:\\.|[^'])'|[\w]+", m.group(2))
        rows.append((cval(m.group(1)), [cval(v) for v in vals]))
    print(fn, len(rows), 'keys')
    for q, levels in rows:
        for lvl, sym in enumerate(levels):
            if not sym: continue
            got = xkb.get(q, [])
            x = got[lvl] if lvl < len(got) else None
            if x != sym:
                bad += 1
                print(f'  MISMATCH {fn} qnum {q:#x} level {lvl+1}: table {sym:#x}, xkb {x if x is None else hex(x)}')
print('mismatches:', bad)
