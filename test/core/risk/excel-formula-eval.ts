/**
 * A small evaluator for the subset of Excel formulas the core writes (RV, Riskklass, band
 * rules), so the tests check the formula text itself, not a copy of its logic. It follows
 * Excel's rules where they matter here: case-insensitive `=`, text ranks above numbers,
 * empty cells are "" and 0, MATCH wildcards, errors propagate, IFERROR catches them.
 */
export type XError = { error: string };
export type XScalar = number | string | boolean | null | XError;
export type XValue = XScalar | XScalar[];

const isErr = (v: unknown): v is XError =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'error' in v;
const err = (e: string): XError => ({ error: e });

type Tok =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'id'; v: string }
  | { t: 'ref'; v: number }
  | { t: 'op'; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ') {
      i++;
      continue;
    }
    if (c === '"') {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new Error('unterminated string');
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      out.push({ t: 'str', v: s });
      continue;
    }
    // eslint-disable-next-line no-control-regex -- \u0001 delimits the evaluator's own reference markers
    const ref = /^\u0001(\d+)\u0001/.exec(src.slice(i));
    if (ref) {
      out.push({ t: 'ref', v: Number(ref[1]) });
      i += ref[0].length;
      continue;
    }
    const num = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
    if (id) {
      out.push({ t: 'id', v: id[0].toUpperCase() });
      i += id[0].length;
      continue;
    }
    const op = /^(<=|>=|<>|[-+*/&=<>(),{}])/.exec(src.slice(i));
    if (op) {
      out.push({ t: 'op', v: op[0] });
      i += op[0].length;
      continue;
    }
    throw new Error(`unexpected ${c} at ${i} in ${src}`);
  }
  return out;
}

type Node =
  | { k: 'lit'; v: XValue }
  | { k: 'ref'; i: number }
  | { k: 'neg'; a: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'call'; name: string; args: Node[] };

function parse(toks: Tok[]): Node {
  let p = 0;
  const peek = () => toks[p];
  const isOp = (v: string) => peek()?.t === 'op' && peek().v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new Error(`expected ${v} at token ${p}`);
    p++;
  };
  const levels = [['=', '<', '>', '<=', '>=', '<>'], ['&'], ['+', '-'], ['*', '/']];
  function bin(level: number): Node {
    if (level === levels.length) return unary();
    let a = bin(level + 1);
    while (peek()?.t === 'op' && levels[level].includes(peek().v as string)) {
      const op = toks[p++].v as string;
      a = { k: 'bin', op, a, b: bin(level + 1) };
    }
    return a;
  }
  function unary(): Node {
    if (isOp('-')) {
      p++;
      return { k: 'neg', a: unary() };
    }
    if (isOp('+')) {
      p++;
      return unary();
    }
    return primary();
  }
  function primary(): Node {
    const t = toks[p++];
    if (!t) throw new Error('unexpected end');
    if (t.t === 'num' || t.t === 'str') return { k: 'lit', v: t.v };
    if (t.t === 'ref') return { k: 'ref', i: t.v };
    if (t.t === 'op' && t.v === '(') {
      const e = bin(0);
      expect(')');
      return e;
    }
    if (t.t === 'op' && t.v === '{') {
      const items: XScalar[] = [];
      for (;;) {
        const neg = isOp('-') ? (p++, -1) : 1;
        const x = toks[p++];
        if (x.t === 'num') items.push(neg * x.v);
        else if (x.t === 'str') items.push(x.v);
        else if (x.t === 'id' && (x.v === 'TRUE' || x.v === 'FALSE')) items.push(x.v === 'TRUE');
        else throw new Error('bad array constant');
        if (isOp(',')) {
          p++;
          continue;
        }
        expect('}');
        return { k: 'lit', v: items };
      }
    }
    if (t.t === 'id') {
      if (isOp('(')) {
        p++;
        const args: Node[] = [];
        if (!isOp(')')) {
          for (;;) {
            args.push(bin(0));
            if (isOp(',')) {
              p++;
              continue;
            }
            break;
          }
        }
        expect(')');
        return { k: 'call', name: t.v, args };
      }
      if (t.v === 'TRUE' || t.v === 'FALSE') return { k: 'lit', v: t.v === 'TRUE' };
    }
    throw new Error(`unexpected token ${JSON.stringify(t)}`);
  }
  const n = bin(0);
  if (p !== toks.length) throw new Error(`trailing tokens at ${p}`);
  return n;
}

function toText(v: XScalar): string | XError {
  if (isErr(v)) return v;
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

function toNumber(v: XScalar): number | XError {
  if (isErr(v)) return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (/^\s*[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*$/i.test(v)) return Number(v);
  return err('#VALUE!');
}

function toBool(v: XScalar): boolean | XError {
  if (isErr(v)) return v;
  if (typeof v === 'boolean') return v;
  if (v === null) return false;
  if (typeof v === 'number') return v !== 0;
  return err('#VALUE!');
}

/** Excel's ordering: numbers < text < booleans; text case-insensitive. Empty is "" or 0. */
function compare(a: XScalar, b: XScalar): number {
  const rank = (x: XScalar) => (typeof x === 'number' ? 0 : typeof x === 'string' ? 1 : 2);
  if (a === null) a = typeof b === 'number' ? 0 : typeof b === 'boolean' ? false : '';
  if (b === null) b = typeof a === 'number' ? 0 : typeof a === 'boolean' ? false : '';
  const ra = rank(a),
    rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase(),
      y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a),
    y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function wildcardMatch(pattern: string, text: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '~' && i + 1 < pattern.length) {
      re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      continue;
    }
    if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i').test(text);
}

function lift2(a: XValue, b: XValue, f: (x: XScalar, y: XScalar) => XScalar): XValue {
  if (Array.isArray(a) || Array.isArray(b)) {
    const n = Math.max(Array.isArray(a) ? a.length : 1, Array.isArray(b) ? b.length : 1);
    const out: XScalar[] = [];
    for (let i = 0; i < n; i++) out.push(f(Array.isArray(a) ? a[i] : a, Array.isArray(b) ? b[i] : b));
    return out;
  }
  return f(a, b);
}

const scalar = (v: XValue): XScalar => (Array.isArray(v) ? v[0] : v);

function evalNode(n: Node, refs: XScalar[]): XValue {
  switch (n.k) {
    case 'lit':
      return n.v;
    case 'ref':
      return refs[n.i];
    case 'neg': {
      const v = toNumber(scalar(evalNode(n.a, refs)));
      return isErr(v) ? v : -v;
    }
    case 'bin': {
      const a = evalNode(n.a, refs),
        b = evalNode(n.b, refs);
      return lift2(a, b, (x, y) => {
        if (isErr(x)) return x;
        if (isErr(y)) return y;
        switch (n.op) {
          case '&': {
            const s = toText(x),
              t = toText(y);
            return isErr(s) ? s : isErr(t) ? t : s + t;
          }
          case '=':
            return compare(x, y) === 0;
          case '<>':
            return compare(x, y) !== 0;
          case '<':
            return compare(x, y) < 0;
          case '>':
            return compare(x, y) > 0;
          case '<=':
            return compare(x, y) <= 0;
          case '>=':
            return compare(x, y) >= 0;
          default: {
            const u = toNumber(x),
              w = toNumber(y);
            if (isErr(u)) return u;
            if (isErr(w)) return w;
            if (n.op === '+') return u + w;
            if (n.op === '-') return u - w;
            if (n.op === '*') return u * w;
            return w === 0 ? err('#DIV/0!') : u / w;
          }
        }
      });
    }
    case 'call':
      return call(n.name, n.args, refs);
  }
}

function call(name: string, args: Node[], refs: XScalar[]): XValue {
  const ev = (i: number) => evalNode(args[i], refs);
  const sc = (i: number) => scalar(ev(i));
  switch (name) {
    case 'IF': {
      const c = toBool(sc(0));
      if (isErr(c)) return c;
      return c ? ev(1) : args.length > 2 ? ev(2) : false;
    }
    case 'IFERROR': {
      const v = ev(0);
      return isErr(scalar(v)) ? ev(1) : v;
    }
    case 'ISNUMBER':
      return typeof sc(0) === 'number';
    case 'NA':
      return err('#N/A');
    case 'AND': {
      for (let i = 0; i < args.length; i++) {
        const b = toBool(sc(i));
        if (isErr(b)) return b;
        if (!b) return false;
      }
      return true;
    }
    case 'TRIM': {
      const t = toText(sc(0));
      return isErr(t) ? t : t.replace(/ +/g, ' ').replace(/^ | $/g, '');
    }
    case 'LEN': {
      const t = toText(sc(0));
      return isErr(t) ? t : t.length;
    }
    case 'INT': {
      const n = toNumber(sc(0));
      return isErr(n) ? n : Math.floor(n);
    }
    case 'LOWER': {
      const t = toText(sc(0));
      return isErr(t) ? t : t.toLowerCase();
    }
    case 'LEFT': {
      const t = toText(sc(0)),
        k = args.length > 1 ? toNumber(sc(1)) : 1;
      return isErr(t) ? t : isErr(k) ? k : t.slice(0, k);
    }
    case 'MID': {
      const t = toText(sc(0)),
        s = toNumber(sc(1)),
        k = toNumber(sc(2));
      if (isErr(t)) return t;
      if (isErr(s)) return s;
      if (isErr(k)) return k;
      return t.slice(s - 1, s - 1 + k);
    }
    case 'FIND': {
      const f = toText(sc(0)),
        w = toText(sc(1));
      if (isErr(f)) return f;
      if (isErr(w)) return w;
      const i = w.indexOf(f);
      return i < 0 ? err('#VALUE!') : i + 1;
    }
    case 'MOD': {
      const a = toNumber(sc(0)),
        b = toNumber(sc(1));
      if (isErr(a)) return a;
      if (isErr(b)) return b;
      return b === 0 ? err('#DIV/0!') : a - b * Math.floor(a / b);
    }
    case 'INDEX': {
      const arr = ev(0),
        i = toNumber(sc(1));
      if (isErr(i)) return i;
      const list = Array.isArray(arr) ? arr : [arr];
      if (i === 0) return list;
      return i >= 1 && i <= list.length ? list[i - 1] : err('#REF!');
    }
    case 'MATCH': {
      const v = sc(0),
        arr = ev(1);
      if (isErr(v)) return v;
      const list = Array.isArray(arr) ? arr : [arr];
      for (let i = 0; i < list.length; i++) {
        const x = list[i];
        if (
          typeof v === 'string' && typeof x === 'string'
            ? wildcardMatch(v, x)
            : typeof v === typeof x && compare(v, x) === 0
        )
          return i + 1;
      }
      return err('#N/A');
    }
    default:
      throw new Error(`function ${name} not supported by the test evaluator`);
  }
}

/**
 * Evaluates `formula` (with or without the leading "="), where each key of `refs` — a
 * placeholder like "{Sannolikhet}" or a reference like "$I4" — stands for the given value.
 */
export function evaluate(formula: string, refs: Record<string, XScalar>): XScalar {
  let src = formula.startsWith('=') ? formula.slice(1) : formula;
  const values: XScalar[] = [];
  for (const [key, value] of Object.entries(refs)) {
    const i = values.push(value) - 1;
    src = src.split(key).join(`\u0001${i}\u0001`);
  }
  return scalar(evalNode(parse(tokenize(src)), values));
}
