/** The result of reading one cell (SPEC §3): a value, an empty cell, or an error on that cell. */
export type ParseResult<T, E extends string = string> =
  { kind: 'ok'; value: T } | { kind: 'empty' } | { kind: 'error'; error: E; raw: string };
