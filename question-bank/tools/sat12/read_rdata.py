# Minimal reader of R's XDR serialisation (RDX2/RDX3), enough for a data frame of integer columns.
import gzip, struct, sys
data = gzip.open(sys.argv[1]).read()
assert data[:5] in (b'RDX2\n', b'RDX3\n'), data[:5]
pos = 5
assert data[pos:pos+2] == b'X\n'; pos += 2
def i32():
    global pos
    v = struct.unpack('>i', data[pos:pos+4])[0]; pos += 4; return v
version = i32(); i32(); i32()
if version == 3:
    n = i32(); pos += n
refs = []
def read():
    global pos
    flags = i32()
    t = flags & 0xFF
    has_attr = bool(flags & (1 << 9)); has_tag = bool(flags & (1 << 10))
    if t == 254: return None  # NILVALUE
    if t == 242: return None  # EMPTYENV
    if t == 253: return 'GLOBALENV'
    if t == 255:  # REFSXP
        idx = flags >> 8
        if idx == 0: idx = i32()
        return refs[idx - 1]
    if t == 1:  # SYMSXP
        name = read(); refs.append(name); return name
    if t == 9:  # CHARSXP
        n = i32()
        if n == -1: return None
        s = data[pos:pos+n].decode('utf-8', 'replace'); pos += n; return s
    if t in (2,):  # LISTSXP pairlist
        attr = read() if has_attr else None
        tag = read() if has_tag else None
        car = read(); cdr = read()
        out = [(tag, car)]
        if isinstance(cdr, list) and cdr and isinstance(cdr[0], tuple): out += cdr
        return out
    if t in (13, 10):  # INTSXP, LGLSXP
        n = i32(); v = [i32() for _ in range(n)]
        attr = read() if has_attr else None
        return ('int', v, attr)
    if t == 14:
        n = i32(); v = list(struct.unpack('>%dd' % n, data[pos:pos+8*n])); pos += 8*n
        attr = read() if has_attr else None
        return ('real', v, attr)
    if t == 16:
        n = i32(); v = [read() for _ in range(n)]
        attr = read() if has_attr else None
        return ('str', v, attr)
    if t == 19:
        n = i32(); v = [read() for _ in range(n)]
        attr = read() if has_attr else None
        return ('list', v, attr)
    raise SystemExit('type %d not handled' % t)
top = read()
name, frame = top[0]
kind, columns, attr = frame
attrs = dict(attr)
names = attrs['names'][1]
rows = len(columns[0][1])
print('#', name, len(columns), 'columns', rows, 'rows', file=sys.stderr)
print(' '.join(names))
for r in range(rows):
    print(' '.join(str(c[1][r]) for c in columns))
