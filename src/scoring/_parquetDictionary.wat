;; A Parquet data page's dictionary indices decoded and looked up in WebAssembly (issue 18): what
;; `hybrid` (with `unpack`) and `spreadDictionary` in src/scoring/_parquetColumns.ts do, step for
;; step. The caller copies the page (and 8 zero bytes after it: the JavaScript decoder reads
;; bytes past the page as zeros), the definition levels and the dictionary into this memory; the
;; values come out at `out`. Any bound the JavaScript decoder checks is checked here too, and
;; returns 1 instead of throwing: the caller then decodes the page with JavaScript, which throws
;; its own error (or, where nothing is wrong, gives the same values).
;;
;; Regenerate src/scoring/_parquetDictionaryWasm.ts after any change: npx tsx test/build-gram-wasm.ts
(module
  (memory (export "memory") 1)

  (global $p (mut i32) (i32.const 0))

  ;; a varint at $p (before `end`); -1 past the end or too long (JS: "varint …")
  (func $varint (param $end i32) (result i64)
    (local $result i64) (local $shift i64) (local $byte i32)
    (loop $bytes
      (if (i32.ge_u (global.get $p) (local.get $end)) (then (return (i64.const -1))))
      (local.set $byte (i32.load8_u (global.get $p)))
      (global.set $p (i32.add (global.get $p) (i32.const 1)))
      (local.set $result (i64.or (local.get $result) (i64.shl (i64.extend_i32_u (i32.and (local.get $byte) (i32.const 0x7f))) (local.get $shift))))
      (if (i32.eqz (i32.and (local.get $byte) (i32.const 0x80))) (then (return (local.get $result))))
      (local.set $shift (i64.add (local.get $shift) (i64.const 7)))
      ;; JS gives up once its scale passes 2⁶³ (nine 7-bit groups read); values past 2⁵³ are
      ;; refused below anyway
      (br_if $bytes (i64.le_u (local.get $shift) (i64.const 56))))
    (i64.const -1))

  ;; Decodes `n` indices of `width` bits (1 … 32) from the page [p, end) into `indices`, then
  ;; writes `count` values to `out`: dict[index] where the definition level (at `defs`, or none
  ;; when `defs` is 0) is 1, NaN for a null or an index outside the dictionary. 0: done; 1: the
  ;; JavaScript decoder would throw.
  (func (export "decode") (param $p i32) (param $end i32) (param $width i32) (param $n i32) (param $indices i32)
    (param $defs i32) (param $dict i32) (param $size i32) (param $out i32) (param $count i32) (result i32)
    (local $seen i32) (local $header i64) (local $groups i64) (local $run i32) (local $bytes i32)
    (local $v i32) (local $i i32) (local $bit i32) (local $mask i64) (local $at i32) (local $j i32) (local $k i32)
    (local $last i32)
    (global.set $p (local.get $p))
    (local.set $bytes (i32.shr_u (i32.add (local.get $width) (i32.const 7)) (i32.const 3)))
    (local.set $mask (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $width))) (i64.const 1)))
    (block $decoded
      (loop $runs
        (br_if $decoded (i32.ge_u (local.get $seen) (local.get $n)))
        (local.set $header (call $varint (local.get $end)))
        (if (i64.lt_s (local.get $header) (i64.const 0)) (then (return (i32.const 1))))
        ;; counts past 2³¹ are past any page: the JS decoder would throw at the bound below
        (if (i64.gt_u (local.get $header) (i64.const 0x7fffffff)) (then (return (i32.const 1))))
        (if (i32.wrap_i64 (i64.and (local.get $header) (i64.const 1)))
          (then
            ;; bit-packed: groups of 8 values
            (local.set $groups (i64.shr_u (local.get $header) (i64.const 1)))
            (local.set $run
              (if (result i32) (i64.gt_u (i64.mul (local.get $groups) (i64.const 8)) (i64.extend_i32_u (i32.sub (local.get $n) (local.get $seen))))
                (then (i32.sub (local.get $n) (local.get $seen)))
                (else (i32.wrap_i64 (i64.mul (local.get $groups) (i64.const 8))))))
            ;; the bytes the values emitted need
            (if (i64.gt_u
                  (i64.add (i64.extend_i32_u (global.get $p))
                    (i64.shr_u (i64.add (i64.mul (i64.extend_i32_u (local.get $run)) (i64.extend_i32_u (local.get $width))) (i64.const 7)) (i64.const 3)))
                  (i64.extend_i32_u (local.get $end)))
              (then (return (i32.const 1))))
            (local.set $at (i32.add (local.get $indices) (i32.shl (local.get $seen) (i32.const 2))))
            (local.set $i (i32.const 0))
            (block $done
              (loop $values
                (br_if $done (i32.ge_u (local.get $i) (local.get $run)))
                (local.set $bit (i32.mul (local.get $i) (local.get $width)))
                (i32.store (local.get $at)
                  (i32.wrap_i64
                    (i64.and
                      (i64.shr_u
                        (i64.load (i32.add (global.get $p) (i32.shr_u (local.get $bit) (i32.const 3))))
                        (i64.extend_i32_u (i32.and (local.get $bit) (i32.const 7))))
                      (local.get $mask))))
                (local.set $at (i32.add (local.get $at) (i32.const 4)))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $values)))
            (local.set $seen (i32.add (local.get $seen) (local.get $run)))
            ;; past the page, the next run's header is past the end (as in JS), if one is read
            (global.set $p
              (if (result i32)
                (i64.gt_u (i64.add (i64.extend_i32_u (global.get $p)) (i64.mul (local.get $groups) (i64.extend_i32_u (local.get $width)))) (i64.extend_i32_u (local.get $end)))
                (then (local.get $end))
                (else (i32.add (global.get $p) (i32.wrap_i64 (i64.mul (local.get $groups) (i64.extend_i32_u (local.get $width)))))))))
          (else
            ;; run-length: one value of `bytes` bytes, little-endian, as written
            (local.set $run (i32.wrap_i64 (i64.shr_u (local.get $header) (i64.const 1))))
            (if (i32.gt_u (local.get $run) (i32.sub (local.get $n) (local.get $seen)))
              (then (local.set $run (i32.sub (local.get $n) (local.get $seen)))))
            (if (i32.gt_u (i32.add (global.get $p) (local.get $bytes)) (local.get $end)) (then (return (i32.const 1))))
            (local.set $v (i32.const 0))
            (local.set $i (i32.const 0))
            (block $done
              (loop $le
                (br_if $done (i32.ge_u (local.get $i) (local.get $bytes)))
                (local.set $v (i32.or (local.get $v) (i32.shl (i32.load8_u (i32.add (global.get $p) (local.get $i))) (i32.shl (local.get $i) (i32.const 3)))))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $le)))
            (global.set $p (i32.add (global.get $p) (local.get $bytes)))
            (local.set $at (i32.add (local.get $indices) (i32.shl (local.get $seen) (i32.const 2))))
            (local.set $last (i32.add (local.get $at) (i32.shl (local.get $run) (i32.const 2))))
            (block $done
              (loop $fill
                (br_if $done (i32.ge_u (local.get $at) (local.get $last)))
                (i32.store (local.get $at) (local.get $v))
                (local.set $at (i32.add (local.get $at) (i32.const 4)))
                (br $fill)))
            (local.set $seen (i32.add (local.get $seen) (local.get $run)))))
        (br $runs)))
    ;; the values over the rows
    (local.set $i (i32.const 0))
    (local.set $at (local.get $out))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (if (i32.or (i32.eqz (local.get $defs)) (i32.eq (i32.load8_u (i32.add (local.get $defs) (local.get $i))) (i32.const 1)))
          (then
            (local.set $k (i32.load (i32.add (local.get $indices) (i32.shl (local.get $j) (i32.const 2)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (f64.store (local.get $at)
              (if (result f64) (i32.lt_u (local.get $k) (local.get $size))
                (then (f64.load (i32.add (local.get $dict) (i32.shl (local.get $k) (i32.const 3)))))
                (else (f64.const nan)))))
          (else (f64.store (local.get $at) (f64.const nan))))
        (local.set $at (i32.add (local.get $at) (i32.const 8)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows)))
    (i32.const 0))
)
