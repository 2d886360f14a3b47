/**
 * A small, strict XML reader for the manifest test: enough XML 1.0 to check that manifest.xml is
 * well formed (matching tags, quoted and unique attributes, known entities, one root) and to walk
 * it, with no network and no package. It throws with the line and column of the first problem.
 * Not supported, because a manifest has no use for them: DOCTYPE and processing instructions
 * other than the XML declaration.
 */
export interface XmlElement {
  /** The qualified name as written: "bt:Image". */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its descendants'), entities decoded, untrimmed. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isNameStart(c: string): boolean {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_' || c === ':' || c > '\u007f';
}

function isNameChar(c: string): boolean {
  return isNameStart(c) || (c >= '0' && c <= '9') || c === '-' || c === '.';
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

class Reader {
  private pos = 0;
  constructor(private readonly src: string) {}

  fail(message: string): never {
    const before = this.src.slice(0, this.pos).split('\n');
    throw new Error(
      `XML: ${message} at line ${before.length}, column ${before[before.length - 1].length + 1}`,
    );
  }

  get done(): boolean {
    return this.pos >= this.src.length;
  }

  peek(text: string): boolean {
    return this.src.startsWith(text, this.pos);
  }

  expect(text: string): void {
    if (!this.peek(text)) this.fail(`expected "${text}"`);
    this.pos += text.length;
  }

  skipSpaces(): void {
    while (!this.done && isSpace(this.src[this.pos])) this.pos++;
  }

  until(end: string): string {
    const at = this.src.indexOf(end, this.pos);
    if (at < 0) this.fail(`missing "${end}"`);
    const text = this.src.slice(this.pos, at);
    this.pos = at + end.length;
    return text;
  }

  name(): string {
    const start = this.pos;
    if (this.done || !isNameStart(this.src[this.pos])) this.fail('expected a name');
    while (!this.done && isNameChar(this.src[this.pos])) this.pos++;
    return this.src.slice(start, this.pos);
  }

  /** Text up to the next "<" (or `stop`), with entities decoded; "<" inside is an error for attributes. */
  chars(stop: string): string {
    let out = '';
    while (!this.done && this.src[this.pos] !== stop && this.src[this.pos] !== '<') {
      const c = this.src[this.pos];
      if (c === '&') out += this.entity();
      else {
        out += c;
        this.pos++;
      }
    }
    return out;
  }

  entity(): string {
    this.expect('&');
    const body = this.until(';');
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    if (!(body in ENTITIES)) this.fail(`unknown entity "&${body};"`);
    return ENTITIES[body];
  }

  /** Comments and the XML declaration, which may stand between elements. */
  skipMisc(allowDeclaration: boolean): void {
    for (;;) {
      this.skipSpaces();
      if (this.peek('<!--')) {
        this.pos += 4;
        if (this.until('-->').includes('--')) this.fail('"--" inside a comment');
      } else if (allowDeclaration && this.peek('<?xml')) {
        if (this.pos !== 0) this.fail('the XML declaration must come first');
        this.until('?>');
      } else if (this.peek('<?') || this.peek('<!DOCTYPE')) {
        this.fail('unsupported markup');
      } else return;
      allowDeclaration = false;
    }
  }

  element(): XmlElement {
    this.expect('<');
    const name = this.name();
    const attributes: Record<string, string> = {};
    for (;;) {
      const hadSpace = !this.done && isSpace(this.src[this.pos]);
      this.skipSpaces();
      if (this.peek('/>')) {
        this.pos += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (this.peek('>')) {
        this.pos++;
        break;
      }
      if (!hadSpace) this.fail('expected a space before an attribute');
      const attribute = this.name();
      if (attribute in attributes) this.fail(`attribute "${attribute}" given twice`);
      this.skipSpaces();
      this.expect('=');
      this.skipSpaces();
      const quote = this.src[this.pos];
      if (quote !== '"' && quote !== "'") this.fail('attribute values must be quoted');
      this.pos++;
      attributes[attribute] = this.chars(quote);
      if (this.peek('<')) this.fail('"<" inside an attribute value');
      this.expect(quote);
    }

    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (this.done) this.fail(`"${name}" is not closed`);
      if (this.peek('</')) {
        this.pos += 2;
        const closing = this.name();
        if (closing !== name) this.fail(`"</${closing}>" closes "<${name}>"`);
        this.skipSpaces();
        this.expect('>');
        return { name, attributes, children, text };
      }
      if (this.peek('<!--')) {
        this.pos += 4;
        this.until('-->');
      } else if (this.peek('<![CDATA[')) {
        this.pos += 9;
        text += this.until(']]>');
      } else if (this.peek('<')) {
        children.push(this.element());
      } else {
        text += this.chars('<');
      }
    }
  }
}

export function parseXml(source: string): XmlElement {
  const reader = new Reader(source.replace(/^\uFEFF/, ''));
  reader.skipMisc(true);
  if (!reader.peek('<')) reader.fail('expected the root element');
  const root = reader.element();
  reader.skipMisc(false);
  if (!reader.done) reader.fail('content after the root element');
  return root;
}

/** Child elements named `name` (qualified name as written). */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** Every element in document order, the root first. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}
