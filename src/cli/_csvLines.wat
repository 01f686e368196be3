;; The CSV lines of `mahalleh score --format csv` formatted in WebAssembly (issue 18): the same
;; bytes as the JavaScript writer in src/cli/_csvLines.ts (writeCsvLines and writeNumber in
;; src/cli/_numberBytes.ts), step for step. Numbers are formatted by the same algorithm: every
;; f64 operation is IEEE's, as in JavaScript (WebAssembly has no fused multiply-add), JS's
;; Math.round(x) is floor(x) + (x − floor(x) ≥ 0.5), exact where it is used, and every case the
;; JavaScript writer hands to String(x) is handed to the imported `fallback`, which writes
;; String(x) at `at` and returns the end.
;;
;; Memory (exported, grown by the caller): the digit pairs at 0 (200 bytes, below), the powers
;; of ten at 256, their high and low halves at 512 and 768 (23 f64 each, written by the caller
;; from the JavaScript writer's tables), then the caller's layout, given by `setup`: the text
;; cells, the level label and driver cells (tables of offset, length), the block of gathered
;; values (line slots 0 … G − 1) and the output area. Copies of text cells move 8 bytes at a
;; time and may write up to 7 bytes past a cell: the caller leaves 8 bytes of room past the
;; output area's limit, and every byte written past `at` is written again before it is handed on.
;;
;; Regenerate src/cli/_csvLinesWasm.ts after any change: npx tsx test/build-gram-wasm.ts
(module
  (import "env" "fallback" (func $fallback (param f64 i32) (result i32)))
  (memory (export "memory") 1)
  ;; "00" "01" … "99"
  (data (i32.const 0) "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899")

  (global $text (mut i32) (i32.const 0))
  (global $labels (mut i32) (i32.const 0))
  (global $drivers (mut i32) (i32.const 0))
  (global $ts (mut i32) (i32.const 0))
  (global $te (mut i32) (i32.const 0))
  (global $score (mut i32) (i32.const 0))
  (global $rank (mut i32) (i32.const 0))
  (global $grank (mut i32) (i32.const 0))
  (global $level (mut i32) (i32.const 0))
  (global $cov (mut i32) (i32.const 0))
  (global $drv (mut i32) (i32.const 0))
  (global $dims (mut i32) (i32.const 0))
  (global $nd (mut i32) (i32.const 0))
  (global $g (mut i32) (i32.const 0))
  (global $fixed (mut i32) (i32.const 0))
  (global $slots (mut i32) (i32.const 0))
  (global $slot (mut i32) (i32.const 0))
  (global $dst (mut i32) (i32.const 0))
  (global $at (mut i32) (i32.const 0))
  (global $limit (mut i32) (i32.const 0))

  (func (export "setup")
    (param $text i32) (param $labels i32) (param $drivers i32) (param $ts i32) (param $te i32)
    (param $score i32) (param $rank i32) (param $grank i32) (param $level i32) (param $cov i32)
    (param $drv i32) (param $dims i32) (param $nd i32) (param $g i32) (param $fixed i32)
    (global.set $text (local.get $text))
    (global.set $labels (local.get $labels))
    (global.set $drivers (local.get $drivers))
    (global.set $ts (local.get $ts))
    (global.set $te (local.get $te))
    (global.set $score (local.get $score))
    (global.set $rank (local.get $rank))
    (global.set $grank (local.get $grank))
    (global.set $level (local.get $level))
    (global.set $cov (local.get $cov))
    (global.set $drv (local.get $drv))
    (global.set $dims (local.get $dims))
    (global.set $nd (local.get $nd))
    (global.set $g (local.get $g))
    (global.set $fixed (local.get $fixed)))

  ;; the block's text cells: `slot` bytes a line slot at `slots`; `dst` lists the slots in input order
  (func (export "setupText") (param $slots i32) (param $slot i32) (param $dst i32)
    (global.set $slots (local.get $slots))
    (global.set $slot (local.get $slot))
    (global.set $dst (local.get $dst)))

  ;; Copies the text cells of the block's c units into their line slots, in input order: the
  ;; text is read as a forward sweep, where reading it in line order would miss the cache a line.
  (func (export "gatherText") (param $c i32)
    (local $t i32) (local $q i32) (local $o4 i32)
    (block $done
      (loop $units
        (br_if $done (i32.ge_u (local.get $t) (local.get $c)))
        (local.set $q (i32.load (i32.add (global.get $dst) (i32.shl (local.get $t) (i32.const 2)))))
        (local.set $o4 (i32.shl (local.get $q) (i32.const 2)))
        (drop
          (call $copy
            (i32.add (global.get $slots) (i32.mul (local.get $q) (global.get $slot)))
            (i32.add (global.get $text) (i32.load (i32.add (global.get $ts) (local.get $o4))))
            (i32.sub (i32.load (i32.add (global.get $te) (local.get $o4))) (i32.load (i32.add (global.get $ts) (local.get $o4))))))
        (local.set $t (i32.add (local.get $t) (i32.const 1)))
        (br $units))))

  ;; where the next byte goes, and the end of the output area
  (func (export "place") (param $at i32) (param $limit i32)
    (global.set $at (local.get $at))
    (global.set $limit (local.get $limit)))
  (func (export "at") (result i32) (global.get $at))

  (func $digitCount (param $v i32) (result i32)
    (if (i32.lt_u (local.get $v) (i32.const 100000))
      (then
        (if (i32.lt_u (local.get $v) (i32.const 100))
          (then (return (select (i32.const 1) (i32.const 2) (i32.lt_u (local.get $v) (i32.const 10))))))
        (if (i32.lt_u (local.get $v) (i32.const 1000)) (then (return (i32.const 3))))
        (return (select (i32.const 4) (i32.const 5) (i32.lt_u (local.get $v) (i32.const 10000))))))
    (if (i32.lt_u (local.get $v) (i32.const 10000000))
      (then (return (select (i32.const 6) (i32.const 7) (i32.lt_u (local.get $v) (i32.const 1000000))))))
    (if (i32.lt_u (local.get $v) (i32.const 100000000)) (then (return (i32.const 8))))
    (select (i32.const 9) (i32.const 10) (i32.lt_u (local.get $v) (i32.const 1000000000))))

  ;; the digits of v ending just before `end`; returns where they start
  (func $digitsBefore (param $end i32) (param $v i32) (result i32)
    (local $q i32) (local $r i32)
    (block $done
      (loop $pairs
        (br_if $done (i32.lt_u (local.get $v) (i32.const 100)))
        (local.set $q (i32.div_u (local.get $v) (i32.const 100)))
        (local.set $r (i32.shl (i32.sub (local.get $v) (i32.mul (local.get $q) (i32.const 100))) (i32.const 1)))
        (local.set $end (i32.sub (local.get $end) (i32.const 2)))
        (i32.store16 (local.get $end) (i32.load16_u (local.get $r)))
        (local.set $v (local.get $q))
        (br $pairs)))
    (if (i32.ge_u (local.get $v) (i32.const 10))
      (then
        (local.set $end (i32.sub (local.get $end) (i32.const 2)))
        (i32.store16 (local.get $end) (i32.load16_u (i32.shl (local.get $v) (i32.const 1)))))
      (else
        (local.set $end (i32.sub (local.get $end) (i32.const 1)))
        (i32.store8 (local.get $end) (i32.add (i32.const 0x30) (local.get $v)))))
    (local.get $end))

  ;; exactly w digits of v (leading zeros) ending just before `end`
  (func $paddedBefore (param $end i32) (param $v i32) (param $w i32)
    (local $q i32) (local $r i32)
    (block $done
      (loop $pairs
        (br_if $done (i32.lt_s (local.get $w) (i32.const 2)))
        (local.set $q (i32.div_u (local.get $v) (i32.const 100)))
        (local.set $r (i32.shl (i32.sub (local.get $v) (i32.mul (local.get $q) (i32.const 100))) (i32.const 1)))
        (local.set $end (i32.sub (local.get $end) (i32.const 2)))
        (i32.store16 (local.get $end) (i32.load16_u (local.get $r)))
        (local.set $v (local.get $q))
        (local.set $w (i32.sub (local.get $w) (i32.const 2)))
        (br $pairs)))
    (if (i32.eq (local.get $w) (i32.const 1))
      (then (i32.store8 (i32.sub (local.get $end) (i32.const 1)) (i32.add (i32.const 0x30) (local.get $v))))))

  ;; the decimal (hi·10⁸ + lo) / 10^p, trailing zeros dropped (writeFixed in _numberBytes.ts)
  (func $writeFixed (param $at i32) (param $hi i32) (param $lo i32) (param $p i32) (result i32)
    (local $w i32) (local $nd i32) (local $n i32) (local $end i32) (local $first i32) (local $i i32)
    (local.set $w (i32.const 8))
    (if (i32.and (i32.eqz (local.get $lo)) (i32.gt_s (local.get $hi) (i32.const 0)))
      (then
        (local.set $lo (local.get $hi))
        (local.set $hi (i32.const 0))
        (local.set $p (i32.sub (local.get $p) (i32.const 8)))))
    (if (local.get $lo)
      (then
        (block $done
          (loop $fours
            (br_if $done (i32.rem_u (local.get $lo) (i32.const 10000)))
            (local.set $lo (i32.div_u (local.get $lo) (i32.const 10000)))
            (local.set $w (i32.sub (local.get $w) (i32.const 4)))
            (local.set $p (i32.sub (local.get $p) (i32.const 4)))
            (br $fours)))
        (if (i32.eqz (i32.rem_u (local.get $lo) (i32.const 100)))
          (then
            (local.set $lo (i32.div_u (local.get $lo) (i32.const 100)))
            (local.set $w (i32.sub (local.get $w) (i32.const 2)))
            (local.set $p (i32.sub (local.get $p) (i32.const 2)))))
        (if (i32.eqz (i32.rem_u (local.get $lo) (i32.const 10)))
          (then
            (local.set $lo (i32.div_u (local.get $lo) (i32.const 10)))
            (local.set $w (i32.sub (local.get $w) (i32.const 1)))
            (local.set $p (i32.sub (local.get $p) (i32.const 1)))))))
    (local.set $nd
      (if (result i32) (i32.gt_s (local.get $hi) (i32.const 0))
        (then (i32.add (call $digitCount (local.get $hi)) (local.get $w)))
        (else (call $digitCount (local.get $lo)))))
    (local.set $n (i32.sub (local.get $nd) (local.get $p)))
    (if (i32.le_s (local.get $n) (i32.const 0))
      (then
        (i32.store16 (local.get $at) (i32.const 0x2e30)) ;; "0."
        (local.set $at (i32.add (local.get $at) (i32.const 2)))
        (local.set $i (local.get $n))
        (block $done
          (loop $zeros
            (br_if $done (i32.ge_s (local.get $i) (i32.const 0)))
            (i32.store8 (local.get $at) (i32.const 0x30))
            (local.set $at (i32.add (local.get $at) (i32.const 1)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $zeros))))
      (else
        (if (i32.ge_s (local.get $n) (local.get $nd))
          (then
            ;; an integer: its digits and n − nd zeros
            (local.set $end (i32.add (local.get $at) (local.get $nd)))
            (if (i32.gt_s (local.get $hi) (i32.const 0))
              (then
                (call $paddedBefore (local.get $end) (local.get $lo) (local.get $w))
                (drop (call $digitsBefore (i32.sub (local.get $end) (local.get $w)) (local.get $hi))))
              (else (drop (call $digitsBefore (local.get $end) (local.get $lo)))))
            (local.set $i (local.get $end))
            (block $done
              (loop $zeros
                (br_if $done (i32.ge_s (local.get $i) (i32.add (local.get $at) (local.get $n))))
                (i32.store8 (local.get $i) (i32.const 0x30))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $zeros)))
            (return (i32.add (local.get $at) (local.get $n)))))))
    ;; digits written one place to the right, the integer part moved back before the point
    (local.set $first (select (i32.add (local.get $at) (i32.const 1)) (local.get $at) (i32.gt_s (local.get $n) (i32.const 0))))
    (local.set $end (i32.add (local.get $first) (local.get $nd)))
    (if (i32.gt_s (local.get $hi) (i32.const 0))
      (then
        (call $paddedBefore (local.get $end) (local.get $lo) (local.get $w))
        (drop (call $digitsBefore (i32.sub (local.get $end) (local.get $w)) (local.get $hi))))
      (else (drop (call $digitsBefore (local.get $end) (local.get $lo)))))
    (if (i32.gt_s (local.get $n) (i32.const 0))
      (then
        (local.set $i (i32.const 0))
        (block $done
          (loop $move
            (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
            (i32.store8 (i32.add (local.get $at) (local.get $i)) (i32.load8_u (i32.add (i32.add (local.get $at) (local.get $i)) (i32.const 1))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $move)))
        (i32.store8 (i32.add (local.get $at) (local.get $n)) (i32.const 0x2e))))
    (local.get $end))

  ;; JS's Math.round(x) for the values it rounds here (see the top)
  (func $round (param $x f64) (result f64)
    (local $f f64)
    (local.set $f (f64.floor (local.get $x)))
    (select (f64.add (local.get $f) (f64.const 1)) (local.get $f) (f64.ge (f64.sub (local.get $x) (local.get $f)) (f64.const 0.5))))

  ;; an integer k < 2⁵³ over 10^p (writeSplit in _numberBytes.ts)
  (func $writeSplit (param $at i32) (param $k f64) (param $p i32) (result i32)
    (local $hi f64) (local $lo f64)
    (local.set $hi (f64.floor (f64.div (local.get $k) (f64.const 1e8))))
    (local.set $lo (f64.sub (local.get $k) (f64.mul (local.get $hi) (f64.const 1e8))))
    (if (f64.lt (local.get $lo) (f64.const 0))
      (then
        (local.set $hi (f64.sub (local.get $hi) (f64.const 1)))
        (local.set $lo (f64.add (local.get $lo) (f64.const 1e8))))
      (else
        (if (f64.ge (local.get $lo) (f64.const 1e8))
          (then
            (local.set $hi (f64.add (local.get $hi) (f64.const 1)))
            (local.set $lo (f64.sub (local.get $lo) (f64.const 1e8)))))))
    (call $writeFixed (local.get $at) (i32.trunc_sat_f64_s (local.get $hi)) (i32.trunc_sat_f64_s (local.get $lo)) (local.get $p)))

  (func $pow10 (param $i i32) (result f64) (f64.load offset=256 (i32.shl (local.get $i) (i32.const 3))))

  ;; the bytes of String(x) (writeNumber in _numberBytes.ts)
  (func $writeNumber (param $at i32) (param $x f64) (result i32)
    (local $v f64) (local $iv i32) (local $n i32) (local $sign i32) (local $p i32) (local $t f64)
    (local $k f64) (local $q i32) (local $pq f64) (local $y f64) (local $f f64) (local $rem f64)
    (local $m f64) (local $j f64) (local $vh f64) (local $vl f64) (local $c f64) (local $rem10 f64)
    (local $m10 f64) (local $hi f64) (local $lo f64)
    (local.set $v (local.get $x))
    (if (f64.lt (local.get $v) (f64.const 0))
      (then (local.set $v (f64.neg (local.get $v))))
      (else (if (i32.eqz (f64.ge (local.get $v) (f64.const 0))) (then (return (call $fallback (local.get $x) (local.get $at)))))))
    (if (f64.lt (local.get $v) (f64.const 2147483648))
      (then
        (local.set $iv (i32.trunc_sat_f64_s (local.get $v)))
        (if (f64.eq (f64.convert_i32_s (local.get $iv)) (local.get $v))
          (then
            (if (f64.lt (local.get $x) (f64.const 0))
              (then
                (i32.store8 (local.get $at) (i32.const 0x2d))
                (local.set $at (i32.add (local.get $at) (i32.const 1)))))
            (local.set $n (call $digitCount (local.get $iv)))
            (drop (call $digitsBefore (i32.add (local.get $at) (local.get $n)) (local.get $iv)))
            (return (i32.add (local.get $at) (local.get $n)))))))
    (if (i32.or (f64.lt (local.get $v) (f64.const 1e-6)) (f64.ge (local.get $v) (f64.const 9007199254740992)))
      (then (return (call $fallback (local.get $x) (local.get $at)))))
    (local.set $sign (f64.lt (local.get $x) (f64.const 0)))
    (if (f64.eq (f64.floor (local.get $v)) (local.get $v))
      (then
        (if (local.get $sign)
          (then
            (i32.store8 (local.get $at) (i32.const 0x2d))
            (local.set $at (i32.add (local.get $at) (i32.const 1)))))
        (return (call $writeSplit (local.get $at) (local.get $v) (i32.const 0)))))
    (if (f64.ge (local.get $v) (f64.const 1e15)) (then (return (call $fallback (local.get $x) (local.get $at)))))
    ;; the scale p: t = fl(v·10^p) in [1e14, 1e15)
    (local.set $p (i32.const 14))
    (local.set $t (f64.mul (local.get $v) (f64.const 1e14)))
    (block $done
      (loop $down
        (br_if $done (f64.lt (local.get $t) (f64.const 1e15)))
        (local.set $p (i32.sub (local.get $p) (i32.const 1)))
        (local.set $t (f64.mul (local.get $v) (call $pow10 (local.get $p))))
        (br $down)))
    (block $done
      (loop $up
        (br_if $done (f64.ge (local.get $t) (f64.const 1e14)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (local.set $t (f64.mul (local.get $v) (call $pow10 (local.get $p))))
        (br $up)))
    ;; (a) at most 15 digits (t + 0.5 is exact: t < 2⁵⁰)
    (local.set $k (call $round (local.get $t)))
    (if (f64.eq (f64.div (local.get $k) (call $pow10 (local.get $p))) (local.get $v))
      (then
        (if (local.get $sign)
          (then
            (i32.store8 (local.get $at) (i32.const 0x2d))
            (local.set $at (i32.add (local.get $at) (i32.const 1)))))
        (return (call $writeSplit (local.get $at) (local.get $k) (local.get $p)))))
    ;; (b) 16 digits
    (local.set $q (i32.add (local.get $p) (i32.const 1)))
    (local.set $pq (call $pow10 (local.get $q)))
    (local.set $y (f64.mul (local.get $v) (local.get $pq)))
    (if (f64.ge (local.get $y) (f64.const 9007199254740990)) (then (return (call $fallback (local.get $x) (local.get $at)))))
    ;; a power of two: no mantissa bits
    (if (i64.eqz (i64.and (i64.reinterpret_f64 (local.get $v)) (i64.const 0x000fffffffffffff)))
      (then (return (call $fallback (local.get $x) (local.get $at)))))
    (local.set $f (f64.floor (local.get $y)))
    ;; productError(v, q, y): v·10^q − y, exactly (Dekker's split)
    (local.set $c (f64.mul (f64.const 134217729) (local.get $v)))
    (local.set $vh (f64.sub (local.get $c) (f64.sub (local.get $c) (local.get $v))))
    (local.set $vl (f64.sub (local.get $v) (local.get $vh)))
    (local.set $rem
      (f64.add
        (f64.sub (local.get $y) (local.get $f))
        (f64.add
          (f64.add
            (f64.add
              (f64.sub
                (f64.mul (local.get $vh) (f64.load offset=512 (i32.shl (local.get $q) (i32.const 3))))
                (local.get $y))
              (f64.mul (local.get $vh) (f64.load offset=768 (i32.shl (local.get $q) (i32.const 3)))))
            (f64.mul (local.get $vl) (f64.load offset=512 (i32.shl (local.get $q) (i32.const 3)))))
          (f64.mul (local.get $vl) (f64.load offset=768 (i32.shl (local.get $q) (i32.const 3)))))))
    (local.set $m (call $round (local.get $rem)))
    (if (f64.le (f64.abs (f64.sub (f64.abs (f64.sub (local.get $rem) (local.get $m))) (f64.const 0.5))) (f64.const 1e-9))
      (then (return (call $fallback (local.get $x) (local.get $at)))))
    (local.set $j (f64.add (local.get $f) (local.get $m)))
    (if (f64.eq (f64.div (local.get $j) (local.get $pq)) (local.get $v))
      (then
        (if (f64.eq (f64.mul (f64.floor (f64.div (local.get $j) (f64.const 10))) (f64.const 10)) (local.get $j))
          (then (return (call $fallback (local.get $x) (local.get $at)))))
        (if (local.get $sign)
          (then
            (i32.store8 (local.get $at) (i32.const 0x2d))
            (local.set $at (i32.add (local.get $at) (i32.const 1)))))
        (return (call $writeSplit (local.get $at) (local.get $j) (local.get $q)))))
    ;; (c) 17 digits
    (local.set $rem10 (f64.mul (f64.const 10) (local.get $rem)))
    (local.set $m10 (call $round (local.get $rem10)))
    (if (f64.le (f64.abs (f64.sub (f64.abs (f64.sub (local.get $rem10) (local.get $m10))) (f64.const 0.5))) (f64.const 1e-8))
      (then (return (call $fallback (local.get $x) (local.get $at)))))
    (local.set $hi (f64.floor (f64.div (local.get $f) (f64.const 1e7))))
    (local.set $lo (f64.add (f64.mul (f64.sub (local.get $f) (f64.mul (local.get $hi) (f64.const 1e7))) (f64.const 10)) (local.get $m10)))
    (block $done
      (loop $neg
        (br_if $done (f64.ge (local.get $lo) (f64.const 0)))
        (local.set $hi (f64.sub (local.get $hi) (f64.const 1)))
        (local.set $lo (f64.add (local.get $lo) (f64.const 1e8)))
        (br $neg)))
    (block $done
      (loop $over
        (br_if $done (f64.lt (local.get $lo) (f64.const 1e8)))
        (local.set $hi (f64.add (local.get $hi) (f64.const 1)))
        (local.set $lo (f64.sub (local.get $lo) (f64.const 1e8)))
        (br $over)))
    (if (f64.eq (f64.mul (f64.floor (f64.div (local.get $lo) (f64.const 10))) (f64.const 10)) (local.get $lo))
      (then (return (call $fallback (local.get $x) (local.get $at)))))
    (if (local.get $sign)
      (then
        (i32.store8 (local.get $at) (i32.const 0x2d))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))))
    (call $writeFixed (local.get $at) (i32.trunc_sat_f64_s (local.get $hi)) (i32.trunc_sat_f64_s (local.get $lo)) (i32.add (local.get $q) (i32.const 1))))

  ;; copies `len` bytes from `from` to `at`, 8 at a time (up to 7 bytes more written); returns at + len
  (func $copy (param $at i32) (param $from i32) (param $len i32) (result i32)
    (local $i i32)
    (block $done
      (loop $words
        (br_if $done (i32.ge_s (local.get $i) (local.get $len)))
        (i64.store (i32.add (local.get $at) (local.get $i)) (i64.load (i32.add (local.get $from) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (br $words)))
    (i32.add (local.get $at) (local.get $len)))

  ;; a cell of a table of (offset, length) pairs
  (func $cell (param $at i32) (param $table i32) (param $i i32) (result i32)
    (local $e i32)
    (local.set $e (i32.add (local.get $table) (i32.shl (local.get $i) (i32.const 3))))
    (call $copy (local.get $at) (i32.load (local.get $e)) (i32.load offset=4 (local.get $e))))

  (func $comma (param $at i32) (result i32)
    (i32.store8 (local.get $at) (i32.const 0x2c))
    (i32.add (local.get $at) (i32.const 1)))

  ;; Writes lines from slot q of the block until slot m, or until the next line might not fit
  ;; below `limit`; returns the next slot. The line layout is writeCsvLines's (no interval cells).
  (func (export "lines") (param $q i32) (param $m i32) (result i32)
    (local $at i32) (local $limit i32) (local $s i32) (local $e i32) (local $o8 i32) (local $o4 i32)
    (local $score f64) (local $x f64) (local $cov f64) (local $level i32) (local $r i32) (local $j i32)
    (local $d i32) (local $stride i32)
    (local.set $at (global.get $at))
    (local.set $limit (global.get $limit))
    (local.set $stride (i32.shl (global.get $g) (i32.const 3)))
    (block $stop
      (loop $line
        (br_if $stop (i32.ge_u (local.get $q) (local.get $m)))
        (local.set $o4 (i32.shl (local.get $q) (i32.const 2)))
        (local.set $o8 (i32.shl (local.get $q) (i32.const 3)))
        (local.set $s (i32.load (i32.add (global.get $ts) (local.get $o4))))
        (local.set $e (i32.load (i32.add (global.get $te) (local.get $o4))))
        (br_if $stop (i32.gt_u (i32.add (i32.add (local.get $at) (global.get $fixed)) (i32.sub (local.get $e) (local.get $s))) (local.get $limit)))
        (local.set $at (call $copy (local.get $at) (i32.add (global.get $slots) (i32.mul (local.get $q) (global.get $slot))) (i32.sub (local.get $e) (local.get $s))))
        (local.set $score (f64.load (i32.add (global.get $score) (local.get $o8))))
        (if (f64.eq (local.get $score) (local.get $score)) (then (local.set $at (call $writeNumber (local.get $at) (local.get $score)))))
        (local.set $at (call $comma (local.get $at)))
        (local.set $x (f64.load (i32.add (global.get $rank) (local.get $o8))))
        (if (f64.eq (local.get $x) (local.get $x)) (then (local.set $at (call $writeNumber (local.get $at) (local.get $x)))))
        (local.set $at (call $comma (local.get $at)))
        (if (global.get $grank)
          (then
            (local.set $x (f64.load (i32.add (global.get $grank) (local.get $o8))))
            (if (f64.eq (local.get $x) (local.get $x)) (then (local.set $at (call $writeNumber (local.get $at) (local.get $x)))))))
        (local.set $at (call $comma (local.get $at)))
        (local.set $level (i32.load8_u (i32.add (global.get $level) (local.get $q))))
        (if (local.get $level) (then (local.set $at (call $writeNumber (local.get $at) (f64.convert_i32_u (local.get $level))))))
        (local.set $at (call $comma (local.get $at)))
        (local.set $at (call $cell (local.get $at) (global.get $labels) (local.get $level)))
        (local.set $r (i32.const 0))
        (block $done
          (loop $drivers
            (br_if $done (i32.ge_u (local.get $r) (i32.const 3)))
            (local.set $at (call $comma (local.get $at)))
            (local.set $j (i32.load (i32.add (global.get $drv) (i32.shl (i32.add (i32.mul (local.get $q) (i32.const 3)) (local.get $r)) (i32.const 2)))))
            (if (i32.ge_s (local.get $j) (i32.const 0)) (then (local.set $at (call $cell (local.get $at) (global.get $drivers) (local.get $j)))))
            (local.set $r (i32.add (local.get $r) (i32.const 1)))
            (br $drivers)))
        (local.set $at (call $comma (local.get $at)))
        (local.set $cov (f64.load (i32.add (global.get $cov) (local.get $o8))))
        (local.set $at (call $writeNumber (local.get $at) (local.get $cov)))
        (if (i32.or (f64.ne (local.get $score) (local.get $score)) (f64.lt (local.get $cov) (f64.const 1)))
          (then
            ;; ",true"
            (i32.store (local.get $at) (i32.const 0x7572742c))
            (i32.store8 offset=4 (local.get $at) (i32.const 0x65))
            (local.set $at (i32.add (local.get $at) (i32.const 5))))
          (else
            ;; ",false"
            (i32.store (local.get $at) (i32.const 0x6c61662c))
            (i32.store16 offset=4 (local.get $at) (i32.const 0x6573))
            (local.set $at (i32.add (local.get $at) (i32.const 6)))))
        (local.set $d (i32.const 0))
        (block $done
          (loop $dims
            (br_if $done (i32.ge_u (local.get $d) (global.get $nd)))
            (local.set $at (call $comma (local.get $at)))
            (local.set $x (f64.load (i32.add (i32.add (global.get $dims) (i32.mul (local.get $d) (local.get $stride))) (local.get $o8))))
            (if (f64.eq (local.get $x) (local.get $x)) (then (local.set $at (call $writeNumber (local.get $at) (local.get $x)))))
            (local.set $d (i32.add (local.get $d) (i32.const 1)))
            (br $dims)))
        (i32.store8 (local.get $at) (i32.const 0x0a))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $line)))
    (global.set $at (local.get $at))
    (local.get $q))
)
