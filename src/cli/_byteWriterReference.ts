/**
 * Test helper (imported by tests only; no entry point reaches it): the byte-by-byte writer that
 * `score --format csv` used before it built each line as a string (`lineWriter`, now in
 * `_scoreCsvReference.ts`). Numbers and other ASCII cells are copied byte by byte, text cells
 * encoded in place. It is kept as the independent reference of that writer's property test.
 */

/** Bytes per chunk handed to the sink. */
const CHUNK = 1 << 20;

const encoder = new TextEncoder();

/** The writer: `ascii`, `text`, `bytes`, `int`, then `end`. Each chunk handed on is a fresh buffer (the sink may keep it). */
export class ByteOut {
  private buffer: Uint8Array;
  private at = 0;
  private readonly sink: (chunk: Uint8Array) => void;

  /** `size`: bytes per chunk (tests use small ones to cross chunk boundaries). */
  constructor(sink: (chunk: Uint8Array) => void, size: number = CHUNK) {
    this.sink = sink;
    this.buffer = new Uint8Array(size);
  }

  /** Makes room for `n` more bytes. */
  private room(n: number): void {
    if (this.at + n <= this.buffer.length) return;
    this.flush();
    if (n > this.buffer.length) this.buffer = new Uint8Array(n);
  }

  /** Hands on what is written so far. */
  flush(): void {
    if (this.at === 0) return;
    this.sink(this.buffer.subarray(0, this.at));
    this.buffer = new Uint8Array(this.buffer.length);
    this.at = 0;
  }

  /** One byte (ASCII). */
  byte(code: number): void {
    if (this.at === this.buffer.length) this.flush();
    this.buffer[this.at++] = code;
  }

  /** A string known to be ASCII (a number's `String`, `true`), copied byte by byte. */
  ascii(text: string): void {
    const n = text.length;
    this.room(n);
    const buffer = this.buffer;
    let at = this.at;
    for (let i = 0; i < n; i++) buffer[at++] = text.charCodeAt(i);
    this.at = at;
  }

  /** Any string, encoded as UTF-8 (ASCII copied directly). */
  text(text: string): void {
    const n = text.length;
    this.room(n);
    const buffer = this.buffer;
    let at = this.at;
    let i = 0;
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) break;
      buffer[at++] = code;
    }
    this.at = at;
    if (i === n) return;
    const rest = i === 0 ? text : text.slice(i);
    // at most 3 bytes per UTF-16 unit
    this.room(rest.length * 3);
    this.at += encoder.encodeInto(rest, this.buffer.subarray(this.at)).written;
  }

  /** Bytes encoded earlier (a repeated cell). */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** A non-negative integer below 2³¹, as `String` writes it. */
  int(x: number): void {
    this.room(10);
    const buffer = this.buffer;
    if (x < 10) {
      buffer[this.at++] = 0x30 + x;
      return;
    }
    let digits = 1;
    for (let p = 10; p <= x; p *= 10) digits++;
    let at = this.at + digits;
    this.at = at;
    do {
      const q = (x / 10) | 0;
      buffer[--at] = 0x30 + (x - q * 10);
      x = q;
    } while (x > 0);
  }

  /** Flushes the rest. */
  end(): void {
    this.flush();
  }
}

/** A string's UTF-8 bytes (for cells written many times). */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}
