/**
 * Internal: what the WebAssembly kernels share (scoring's `_gram.ts`, `_blockedMean.ts` and
 * Parquet dictionary decoder, the details kernel here, the CLI's CSV line writer) — instantiating a small module from its
 * base64 bytes, synchronously, and growing its memory — so each kernel keeps only its own
 * exports and its own fallback.
 */

/** A kernel's linear memory. */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

interface WasmApi {
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
}

/**
 * The exports of the module whose bytes `base64` holds, or null when the engine has no
 * WebAssembly (or no SIMD: a CompileError), or a Content-Security-Policy refuses compilation.
 */
export function instantiateBase64(base64: string, imports: object = {}): Record<string, unknown> | null {
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (wasm === undefined || typeof atob !== "function") return null;
  try {
    const text = atob(base64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    // a small module: synchronous compilation is allowed on every engine's main thread
    return new wasm.Instance(new wasm.Module(bytes), imports).exports;
  } catch {
    return null;
  }
}

/** Grows `memory` to at least `bytes`; false when it cannot grow (the caller's scalar code then runs). */
export function ensureMemory(memory: WasmMemory, bytes: number): boolean {
  const have = memory.buffer.byteLength;
  if (have >= bytes) return true;
  try {
    memory.grow(Math.ceil((bytes - have) / 65_536));
    return true;
  } catch {
    return false;
  }
}
