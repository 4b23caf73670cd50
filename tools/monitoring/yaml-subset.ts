/**
 * A strict reader for the small YAML subset the files under `deploy/` are written in (and `docker-compose.yml`),
 * so their tests need no YAML package. It reads block mappings and block sequences (nested blocks indented more
 * than their key), plain, single- and double-quoted scalars, one-line flow sequences of scalars (`[a, 'b']`),
 * literal block scalars (`|`, `|-`) and comments. Anything else is refused with its line number rather than
 * guessed: tabs, anchors and aliases, tags, flow mappings, folded scalars, multi-line plain scalars, several
 * documents, duplicate keys, and plain scalars that YAML 1.1 and 1.2 read differently (`yes`, `on`, `0755`…).
 * Plain scalars resolve as YAML 1.2's core schema does: null, booleans, integers and floats, else strings.
 */

/** A refusal, with the 1-based line it concerns. */
export class YamlSubsetError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'YamlSubsetError';
  }
}

interface Line {
  /** 1-based line number. */
  no: number;
  indent: number;
  /** The content after the indentation (comments still there). */
  text: string;
}

const PLAIN_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.\-/]*/;
const YAML11_AMBIGUOUS = /^(y|n|yes|no|on|off)$/i;
const INTEGER = /^[-+]?(0|[1-9][0-9]*)$/;
const FLOAT = /^[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/;

/** Parses `text`; throws {@link YamlSubsetError} on anything outside the subset. */
export function parseYamlSubset(text: string): unknown {
  const raw = text.replace(/\r\n/g, '\n').split('\n');
  const reader = new Reader(raw);
  return reader.document();
}

class Reader {
  private pos = 0;
  private readonly lines: Array<Line | undefined>;

  constructor(private readonly raw: string[]) {
    // Blank and comment-only lines are skipped, except inside literal blocks (read from `raw`).
    this.lines = raw.map((content, i) => {
      const indent = content.length - content.replace(/^ */, '').length;
      const text = content.slice(indent);
      if (text.startsWith('\t')) throw new YamlSubsetError('tab in indentation', i + 1);
      if (text.trim() === '' || text.startsWith('#')) return undefined;
      if (indent === 0 && (text.startsWith('---') || text.startsWith('...'))) throw new YamlSubsetError('document markers are not supported', i + 1);
      return { no: i + 1, indent, text: text.trimEnd() };
    });
  }

  document(): unknown {
    const first = this.peek();
    if (first === undefined) return null;
    if (first.indent !== 0) throw new YamlSubsetError('the document must start at column 1', first.no);
    const value = this.block(0);
    const rest = this.peek();
    if (rest !== undefined) throw new YamlSubsetError('unexpected indentation', rest.no);
    return value;
  }

  private peek(): Line | undefined {
    while (this.pos < this.lines.length && this.lines[this.pos] === undefined) this.pos++;
    return this.lines[this.pos];
  }

  private block(indent: number): unknown {
    const line = this.peek();
    if (line === undefined || line.indent !== indent) throw new YamlSubsetError('expected a block', line?.no ?? this.raw.length);
    return isSequenceItem(line.text) ? this.sequence(indent) : this.mapping(indent);
  }

  private sequence(indent: number): unknown[] {
    const items: unknown[] = [];
    for (let line = this.peek(); line !== undefined && line.indent === indent; line = this.peek()) {
      if (!isSequenceItem(line.text)) throw new YamlSubsetError('a mapping key among sequence items', line.no);
      const rest = line.text.slice(1).replace(/^ +/, '');
      if (rest === '' || rest.startsWith('#')) {
        this.pos++;
        items.push(this.nested(indent));
      } else if (startsMapping(rest)) {
        // `- key: value`: a mapping whose keys line up with this first one.
        const column = indent + (line.text.length - rest.length);
        this.lines[this.pos] = { no: line.no, indent: column, text: rest };
        items.push(this.mapping(column));
      } else {
        this.pos++;
        items.push(scalar(rest, line.no));
      }
    }
    return items;
  }

  private mapping(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (let line = this.peek(); line !== undefined && line.indent === indent; line = this.peek()) {
      if (isSequenceItem(line.text)) throw new YamlSubsetError('a sequence item among mapping keys (indent the sequence under its key)', line.no);
      const { key, rest } = splitKey(line.text, line.no);
      if (Object.prototype.hasOwnProperty.call(map, key)) throw new YamlSubsetError(`duplicate key "${key}"`, line.no);
      this.pos++;
      if (rest === '' || rest.startsWith('#')) map[key] = this.nested(indent);
      else if (rest === '|' || rest === '|-') map[key] = this.literal(indent, rest === '|-', line.no);
      else map[key] = scalar(rest, line.no);
    }
    const next = this.peek();
    if (next !== undefined && next.indent > indent) throw new YamlSubsetError('unexpected indentation', next.no);
    return map;
  }

  /** The block under a key or dash with nothing after it: more indented, else null. */
  private nested(parentIndent: number): unknown {
    const next = this.peek();
    if (next === undefined || next.indent <= parentIndent) return null;
    return this.block(next.indent);
  }

  /** A literal block scalar (`|` keeps one final newline, `|-` none), read from the raw lines. */
  private literal(parentIndent: number, strip: boolean, no: number): string {
    const out: string[] = [];
    let blockIndent: number | undefined;
    let i = no; // the raw index of the line after the key
    for (; i < this.raw.length; i++) {
      const content = this.raw[i];
      if (content.trim() === '') {
        out.push('');
        continue;
      }
      const indent = content.length - content.replace(/^ */, '').length;
      if (indent <= parentIndent) break;
      blockIndent ??= indent;
      if (indent < blockIndent) throw new YamlSubsetError('a literal block line indented less than its first line', i + 1);
      out.push(content.slice(blockIndent).trimEnd());
    }
    if (blockIndent === undefined) throw new YamlSubsetError('an empty literal block', no);
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    this.pos = i; // `lines` and `raw` share indices: go on after the block
    return out.join('\n') + (strip ? '' : '\n');
  }
}

function isSequenceItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

/** Whether the text after a dash starts a mapping (`key: …` or `key:`). */
function startsMapping(text: string): boolean {
  if (text.startsWith('"') || text.startsWith("'")) {
    const end = quotedEnd(text, 0);
    return end !== -1 && /^:( |$)/.test(text.slice(end));
  }
  const key = PLAIN_KEY.exec(text);
  return key !== null && /^:( |$)/.test(text.slice(key[0].length));
}

function splitKey(text: string, no: number): { key: string; rest: string } {
  let key: string;
  let after: string;
  if (text.startsWith('"') || text.startsWith("'")) {
    const end = quotedEnd(text, 0);
    if (end === -1) throw new YamlSubsetError('an unterminated quoted key', no);
    key = String(scalar(text.slice(0, end), no));
    after = text.slice(end);
  } else {
    const match = PLAIN_KEY.exec(text);
    if (match === null) throw new YamlSubsetError(`not a key: ${text}`, no);
    key = match[0];
    after = text.slice(key.length);
  }
  if (!/^:( |$)/.test(after)) throw new YamlSubsetError(`expected "key: value", got: ${text}`, no);
  return { key, rest: after.slice(1).trim() };
}

/** The index just after the closing quote of the quoted scalar starting at `start`, or -1. */
function quotedEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

/** Only a comment (or nothing) may follow a complete value. */
function assertOnlyComment(rest: string, no: number): void {
  if (rest.trim() !== '' && !/^\s+#/.test(rest)) throw new YamlSubsetError(`unexpected text after a value: ${rest.trim()}`, no);
}

function scalar(text: string, no: number): unknown {
  const first = text[0];
  if (first === '"' || first === "'") {
    const end = quotedEnd(text, 0);
    if (end === -1) throw new YamlSubsetError('an unterminated quoted scalar (quoted scalars stay on one line)', no);
    assertOnlyComment(text.slice(end), no);
    const body = text.slice(1, end - 1);
    if (first === "'") return body.replace(/''/g, "'");
    try {
      return JSON.parse(`"${body}"`) as string;
    } catch {
      throw new YamlSubsetError(`an escape outside the JSON set in a double-quoted scalar: ${text.slice(0, end)}`, no);
    }
  }
  if (first === '[') return flowSequence(text, no);
  if ('{&*!|>%@`?'.includes(first)) throw new YamlSubsetError(`unsupported YAML (quote the value): ${text}`, no);
  const comment = text.search(/\s#/);
  const plain = (comment === -1 ? text : text.slice(0, comment)).trim();
  if (/:( |$)/.test(plain)) throw new YamlSubsetError(`a plain scalar with ": " in it (quote it): ${plain}`, no);
  return resolvePlain(plain, no);
}

function resolvePlain(plain: string, no: number): unknown {
  if (plain === '' || plain === '~' || /^(null|Null|NULL)$/.test(plain)) return null;
  if (/^(true|True|TRUE)$/.test(plain)) return true;
  if (/^(false|False|FALSE)$/.test(plain)) return false;
  if (YAML11_AMBIGUOUS.test(plain)) throw new YamlSubsetError(`"${plain}" is a boolean in YAML 1.1 and a string in 1.2: quote it`, no);
  if (INTEGER.test(plain)) return Number(plain);
  if (FLOAT.test(plain)) return Number(plain);
  if (/^[-+]?(0[0-9]+|0[xXoObB]|[0-9]+[eE][-+]?[0-9]+$|[0-9]+(:[0-5]?[0-9])+$|\.(inf|Inf|INF|nan|NaN|NAN)$)/.test(plain)) {
    throw new YamlSubsetError(`a number YAML 1.1 and 1.2 read differently (quote it): ${plain}`, no);
  }
  return plain;
}

/** `[a, 'b', "c"]` on one line, scalars only. */
function flowSequence(text: string, no: number): unknown[] {
  const items: unknown[] = [];
  let i = 1;
  const skipSpaces = (): void => {
    while (text[i] === ' ') i++;
  };
  skipSpaces();
  if (text[i] === ']') {
    assertOnlyComment(text.slice(i + 1), no);
    return items;
  }
  for (;;) {
    skipSpaces();
    if (i >= text.length) throw new YamlSubsetError('an unterminated flow sequence (flow sequences stay on one line)', no);
    let item: string;
    if (text[i] === '"' || text[i] === "'") {
      const end = quotedEnd(text, i);
      if (end === -1) throw new YamlSubsetError('an unterminated quoted scalar in a flow sequence', no);
      item = text.slice(i, end);
      i = end;
    } else {
      const start = i;
      while (i < text.length && text[i] !== ',' && text[i] !== ']') i++;
      item = text.slice(start, i).trim();
      if (item === '' || /[[{}]/.test(item)) throw new YamlSubsetError('flow sequences hold scalars only', no);
    }
    items.push(scalar(item, no));
    skipSpaces();
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === ']') break;
    throw new YamlSubsetError('an unterminated flow sequence (flow sequences stay on one line)', no);
  }
  assertOnlyComment(text.slice(i + 1), no);
  return items;
}
