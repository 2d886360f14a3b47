/**
 * The fake's RequestContext and the base of its proxy objects, with Office.js's rules:
 * - setting a property or calling a method only queues a statement; the workbook changes when
 *   `context.sync()` runs the queue, in order;
 * - a property can be read only after `load('name')` and a sync, else PropertyNotLoaded;
 * - a member the fake does not know throws at once (a JS Proxy), never a silent `undefined`;
 * - each sync's request bytes (JSON of its statements) are counted, and a request over the
 *   limit fails like Excel on the web (RequestPayloadSizeLimitExceeded), as does a response over
 *   its limit (ResponsePayloadSizeLimitExceeded);
 * - a statement that fails stops the batch: earlier statements stay applied (Office batches are
 *   not transactions), the failing one and later ones are not.
 */
import { Codes, FakeOfficeError, notImplemented, statementError } from './errors';
import type { WorkbookModel } from './model';

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  statements: number;
  failed?: string;
}

export interface Statement {
  /** e.g. `worksheets.getItem("VoR").getRange("A1:C3").formulas` — for debugInfo and bytes. */
  text: string;
  location: string;
  bytes: number;
  apply(m: WorkbookModel, commits: Commit[]): void;
}

export interface Commit {
  bytes: number;
  run(): void;
}

/** Shared by every context of one fake: the model, counters, limits and injected faults. */
export interface FakeHost {
  model: WorkbookModel;
  syncs: SyncRecord[];
  requestLimitBytes: number;
  responseLimitBytes: number;
  /** 1-based sync numbers that fail with the given code, before any statement runs. */
  faults: Map<number, string>;
}

export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(v: unknown): number {
  return utf8Bytes(JSON.stringify(v) ?? 'null');
}

export class FakeContext {
  readonly queue: Statement[] = [];
  constructor(readonly host: FakeHost) {}

  enqueue(text: string, location: string, args: unknown, apply: Statement['apply']): void {
    const bytes = utf8Bytes(text) + jsonBytes(args) + 40;
    this.queue.push({ text, location, bytes, apply });
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const h = this.host;
    const batch = this.queue.splice(0, this.queue.length);
    const n = h.syncs.length + 1;
    const requestBytes = batch.reduce((s, st) => s + st.bytes, 200);
    const record: SyncRecord = { requestBytes, responseBytes: 0, statements: batch.length };
    h.syncs.push(record);
    const fault = h.faults.get(n);
    if (fault) {
      record.failed = fault;
      throw new FakeOfficeError(fault, `Injected failure of sync ${n} (${fault}).`);
    }
    if (requestBytes > h.requestLimitBytes) {
      record.failed = Codes.requestPayloadSizeLimitExceeded;
      throw new FakeOfficeError(
        Codes.requestPayloadSizeLimitExceeded,
        `The request payload size has exceeded the limit (${requestBytes} > ${h.requestLimitBytes} bytes).`,
      );
    }
    const commits: Commit[] = [];
    for (let i = 0; i < batch.length; i++) {
      try {
        batch[i].apply(h.model, commits);
      } catch (e) {
        const err = asOfficeError(e);
        err.debugInfo.errorLocation = batch[i].location;
        err.debugInfo.statement = batch[i].text;
        err.debugInfo.surroundingStatements = batch.slice(Math.max(0, i - 2), i + 3).map((s) => s.text);
        record.failed = err.code;
        throw err;
      }
    }
    record.responseBytes = commits.reduce((s, c) => s + c.bytes, 100);
    if (record.responseBytes > h.responseLimitBytes) {
      record.failed = Codes.responsePayloadSizeLimitExceeded;
      throw new FakeOfficeError(
        Codes.responsePayloadSizeLimitExceeded,
        `The response payload size has exceeded the limit (${record.responseBytes} bytes).`,
      );
    }
    for (const c of commits) c.run();
  }
}

function asOfficeError(e: unknown): FakeOfficeError {
  if (e instanceof FakeOfficeError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return statementError(Codes.invalidArgument, msg);
}

/** Names any object may be asked for by JS itself, Jest or Node's inspector. */
const INTROSPECTION = new Set([
  'then',
  'toJSON',
  'constructor',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'inspect',
  'toString',
  'valueOf',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  'hasOwnProperty',
]);

/** Wraps a fake object so an unknown member, read or written, throws NotImplemented. */
export function strict<T extends object>(obj: T, typeName: string): T {
  return new Proxy(obj, {
    get(target, p, receiver) {
      if (typeof p === 'symbol' || p in target) return Reflect.get(target, p, receiver);
      if (INTROSPECTION.has(p)) return undefined;
      throw notImplemented(`${typeName}.${p}`);
    },
    set(target, p, value, receiver) {
      if (typeof p === 'symbol' || p in target) return Reflect.set(target, p, value, receiver);
      throw notImplemented(`setting ${typeName}.${p}`);
    },
  });
}

export interface ScalarSpec<E> {
  get?: (e: E, m: WorkbookModel) => unknown;
  set?: (e: E, v: unknown, m: WorkbookModel) => void;
}

/**
 * Base of every fake client object. `resolve` finds the object's entity in the model when a
 * statement runs (it throws ItemNotFound when the entity is gone). Subclasses declare their
 * scalar properties (`scalars`) and navigation properties (`navs`).
 */
export abstract class FakeObject<E> {
  _loaded = new Map<string, unknown>();
  _isNull: boolean | undefined = undefined;

  constructor(
    readonly _ctx: FakeContext,
    readonly _path: string,
    readonly _resolve: (m: WorkbookModel) => E,
    readonly _nullable = false,
  ) {
    if (_nullable) {
      // An *OrNullObject proxy learns whether it is null at the next sync, without a load.
      _ctx.enqueue(`${_path}.isNullObject`, `${this._typeName()}.isNullObject`, null, (m, commits) => {
        let isNull = false;
        try {
          this._resolve(m);
        } catch (e) {
          if (e instanceof FakeOfficeError && e.code === Codes.itemNotFound) isNull = true;
          else throw e;
        }
        commits.push({ bytes: 10, run: () => (this._isNull = isNull) });
      });
    }
  }

  abstract _typeName(): string;
  _scalars(): Record<string, ScalarSpec<E>> {
    return {};
  }
  _navs(): Record<string, () => { load(what?: unknown): unknown }> {
    return {};
  }

  get isNullObject(): boolean {
    if (!this._nullable) return false;
    if (this._isNull === undefined) throw notLoaded(this._typeName(), 'isNullObject');
    return this._isNull;
  }

  get context(): FakeContext {
    return this._ctx;
  }

  /** load('a,b/c') or load(['a', 'b/c']); load() with no names is refused (load what you read). */
  load(what?: unknown): this {
    const paths = loadPaths(what, this._typeName());
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (rest.length === 0 && head in this._scalars()) own.push(head);
      else if (head in this._navs()) {
        if (rest.length === 0)
          throw notImplemented(
            `${this._typeName()}.load('${head}') (load the properties of ${head} by name: '${head}/…')`,
          );
        nested.set(head, [...(nested.get(head) ?? []), rest.join('/')]);
      } else if (head === 'items' && this._loadItems) {
        nested.set('items', [...(nested.get('items') ?? []), rest.join('/')]);
      } else throw notImplemented(`${this._typeName()}.load('${p}')`);
    }
    if (own.length > 0) this._queueLoad(own);
    for (const [head, rest] of nested) {
      if (head === 'items') this._loadItems!(rest.filter((r) => r !== ''));
      else this._navs()[head]().load(rest);
    }
    return this;
  }

  _navCache = new Map<string, unknown>();

  /** Navigation properties return the same object every time, as in Office.js. */
  _nav<T>(name: string, create: () => T): T {
    if (!this._navCache.has(name)) this._navCache.set(name, create());
    return this._navCache.get(name) as T;
  }

  /** Collections override this to load their items. */
  _loadItems?: (props: string[]) => void;

  _queueLoad(props: string[]): void {
    const scalars = this._scalars();
    for (const p of props)
      if (!scalars[p].get)
        throw notImplemented(`${this._typeName()}.${p} is write-only in the fake; loading it`);
    this._ctx.enqueue(
      `${this._path}.load(${props.join(',')})`,
      `${this._typeName()}.load`,
      props,
      (m, commits) => {
        let e: E;
        try {
          e = this._resolve(m);
        } catch (err) {
          if (this._nullable && err instanceof FakeOfficeError && err.code === Codes.itemNotFound) return;
          throw err;
        }
        for (const p of props) {
          const v = structuredClone(scalars[p].get!(e, m));
          commits.push({ bytes: jsonBytes(v) + p.length + 4, run: () => this._loaded.set(p, v) });
        }
      },
    );
  }

  _get(name: string): unknown {
    if (!this._loaded.has(name)) throw notLoaded(this._typeName(), name);
    return this._loaded.get(name);
  }

  _set(name: string, value: unknown): void {
    const spec = this._scalars()[name];
    if (!spec?.set) throw notImplemented(`setting ${this._typeName()}.${name} (read-only)`);
    const v = structuredClone(value);
    this._ctx.enqueue(`${this._path}.${name} = …`, `${this._typeName()}.${name}`, v, (m) =>
      spec.set!(this._resolveLive(m), v, m),
    );
  }

  /** Queues a method call. */
  _call(method: string, args: unknown[], apply: (e: E, m: WorkbookModel) => void): void {
    this._ctx.enqueue(
      `${this._path}.${method}(${args.map((a) => JSON.stringify(a)).join(', ')})`,
      `${this._typeName()}.${method}`,
      args,
      (m) => apply(this._resolveLive(m), m),
    );
  }

  /** Resolves for a write or a method call: a null object cannot be written. */
  _resolveLive(m: WorkbookModel): E {
    return this._resolve(m);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

export function notLoaded(type: string, prop: string): FakeOfficeError {
  return new FakeOfficeError(
    Codes.propertyNotLoaded,
    `The property '${prop}' of ${type} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function loadPaths(what: unknown, type: string): string[] {
  if (typeof what === 'string') {
    const ps = what
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (ps.length > 0) return ps;
  } else if (Array.isArray(what) && what.every((w) => typeof w === 'string')) {
    const ps = (what as string[])
      .flatMap((w) => w.split(','))
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (ps.length > 0) return ps;
  }
  throw notImplemented(`${type}.load(${JSON.stringify(what)}) — name the properties you read`);
}
