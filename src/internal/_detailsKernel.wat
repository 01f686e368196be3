;; The details pass's kernel for three drivers (src/internal/detailsKernel.ts, detailsBlocks with
;; k = 3) on one block of units: the same steps, in the same order, on the same numbers, so the
;; same bits (WebAssembly has no fused multiply-add; every f64 operation rounds as in JS).
;;
;; Memory (exported, grown and laid out by the caller, who passes the offsets to `setup`): the
;; job's tables — members of non-zero weight of each dimension (i32, `starts` has D + 1 offsets
;; into them), the members of zero weight (i32), per column `down` (i32), `wi`, `from`, `scale`
;; (f64), per dimension `wd` (f64) — then the block: the K raw columns (B values each), and the
;; block's working and output arrays (B values each, dimension arrays D × B).
;;
;; Regenerate src/internal/_detailsKernelWasm.ts after any change: npx tsx test/build-gram-wasm.ts
(module
  (memory (export "memory") 1)

  (global $k (mut i32) (i32.const 0))
  (global $d (mut i32) (i32.const 0))
  (global $b (mut i32) (i32.const 0))
  (global $lo (mut f64) (f64.const 0))
  (global $members (mut i32) (i32.const 0))
  (global $starts (mut i32) (i32.const 0))
  (global $unweighted (mut i32) (i32.const 0))
  (global $nUnweighted (mut i32) (i32.const 0))
  (global $down (mut i32) (i32.const 0))
  (global $wi (mut i32) (i32.const 0))
  (global $from (mut i32) (i32.const 0))
  (global $scale (mut i32) (i32.const 0))
  (global $wd (mut i32) (i32.const 0))
  (global $raws (mut i32) (i32.const 0))
  (global $count (mut i32) (i32.const 0))
  (global $acc (mut i32) (i32.const 0))
  (global $dws (mut i32) (i32.const 0))
  (global $ws (mut i32) (i32.const 0))
  (global $share (mut i32) (i32.const 0))
  (global $dims (mut i32) (i32.const 0))
  (global $coverage (mut i32) (i32.const 0))
  (global $scores (mut i32) (i32.const 0))
  (global $tv (mut i32) (i32.const 0))
  (global $ti (mut i32) (i32.const 0))

  (func (export "setup")
    (param $k i32) (param $d i32) (param $b i32) (param $lo f64)
    (param $members i32) (param $starts i32) (param $unweighted i32) (param $nUnweighted i32)
    (param $down i32) (param $wi i32) (param $from i32) (param $scale i32) (param $wd i32)
    (param $raws i32) (param $count i32) (param $acc i32) (param $dws i32) (param $ws i32) (param $share i32)
    (param $dims i32) (param $coverage i32) (param $scores i32) (param $tv i32) (param $ti i32)
    (global.set $k (local.get $k))
    (global.set $d (local.get $d))
    (global.set $b (local.get $b))
    (global.set $lo (local.get $lo))
    (global.set $members (local.get $members))
    (global.set $starts (local.get $starts))
    (global.set $unweighted (local.get $unweighted))
    (global.set $nUnweighted (local.get $nUnweighted))
    (global.set $down (local.get $down))
    (global.set $wi (local.get $wi))
    (global.set $from (local.get $from))
    (global.set $scale (local.get $scale))
    (global.set $wd (local.get $wd))
    (global.set $raws (local.get $raws))
    (global.set $count (local.get $count))
    (global.set $acc (local.get $acc))
    (global.set $dws (local.get $dws))
    (global.set $ws (local.get $ws))
    (global.set $share (local.get $share))
    (global.set $dims (local.get $dims))
    (global.set $coverage (local.get $coverage))
    (global.set $scores (local.get $scores))
    (global.set $tv (local.get $tv))
    (global.set $ti (local.get $ti)))

  ;; f64 arrays of `len` values from `at` set to `x`
  (func $fill (param $at i32) (param $len i32) (param $x f64)
    (local $end i32)
    (local.set $end (i32.add (local.get $at) (i32.shl (local.get $len) (i32.const 3))))
    (block $done
      (loop $cells
        (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
        (f64.store (local.get $at) (local.get $x))
        (local.set $at (i32.add (local.get $at) (i32.const 8)))
        (br $cells))))

  ;; accumulate: acc += w·x, ws += w, count += 1 where the raw value is present
  (func $accumulate (param $raw i32) (param $len i32) (param $down i32) (param $w f64) (param $from f64) (param $scale f64) (param $ws i32)
    (local $i i32) (local $o i32) (local $v f64) (local $lo f64)
    (local.set $lo (global.get $lo))
    (block $done
      (loop $units
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $o (i32.shl (local.get $i) (i32.const 3)))
        (local.set $v (f64.load (i32.add (local.get $raw) (local.get $o))))
        (if (f64.eq (local.get $v) (local.get $v))
          (then
            (f64.store (i32.add (global.get $acc) (local.get $o))
              (f64.add
                (f64.load (i32.add (global.get $acc) (local.get $o)))
                (f64.mul (local.get $w)
                  (f64.add (local.get $lo)
                    (f64.mul
                      (if (result f64) (local.get $down)
                        (then (f64.sub (local.get $from) (local.get $v)))
                        (else (f64.sub (local.get $v) (local.get $from))))
                      (local.get $scale))))))
            (f64.store (i32.add (local.get $ws) (local.get $o)) (f64.add (f64.load (i32.add (local.get $ws) (local.get $o))) (local.get $w)))
            (f64.store (i32.add (global.get $count) (local.get $o)) (f64.add (f64.load (i32.add (global.get $count) (local.get $o))) (f64.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $units))))

  ;; contributeTop3: each positive contribution into its unit's three largest so far
  (func $contribute (param $raw i32) (param $len i32) (param $j i32) (param $down i32) (param $w f64) (param $from f64) (param $scale f64) (param $ws i32)
    (local $i i32) (local $o i32) (local $s i32) (local $x f64) (local $c f64) (local $c0 f64) (local $c1 f64) (local $c2 f64) (local $lo f64)
    (local $pv i32) (local $pi i32)
    (local.set $lo (global.get $lo))
    (block $done
      (loop $units
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $o (i32.shl (local.get $i) (i32.const 3)))
        (local.set $x (f64.load (i32.add (local.get $raw) (local.get $o))))
        (local.set $c
          (f64.div
            (f64.mul
              (f64.mul (f64.load (i32.add (global.get $share) (local.get $o))) (local.get $w))
              (f64.add (local.get $lo)
                (f64.mul
                  (if (result f64) (local.get $down)
                    (then (f64.sub (local.get $from) (local.get $x)))
                    (else (f64.sub (local.get $x) (local.get $from))))
                  (local.get $scale))))
            (f64.load (i32.add (local.get $ws) (local.get $o)))))
        (block $next
          (br_if $next (i32.eqz (f64.gt (local.get $c) (f64.const 0))))
          ;; the unit's slots: values at tv + 24i, indicators at ti + 12i
          (local.set $s (i32.mul (local.get $i) (i32.const 3)))
          (local.set $pv (i32.add (global.get $tv) (i32.shl (local.get $s) (i32.const 3))))
          (local.set $pi (i32.add (global.get $ti) (i32.shl (local.get $s) (i32.const 2))))
          (local.set $c2 (f64.load offset=16 (local.get $pv)))
          (br_if $next
            (i32.or (f64.lt (local.get $c) (local.get $c2))
              (i32.and (f64.eq (local.get $c) (local.get $c2)) (i32.gt_s (local.get $j) (i32.load offset=8 (local.get $pi))))))
          (local.set $c1 (f64.load offset=8 (local.get $pv)))
          (if (i32.or (f64.gt (local.get $c) (local.get $c1))
                (i32.and (f64.eq (local.get $c) (local.get $c1)) (i32.lt_s (local.get $j) (i32.load offset=4 (local.get $pi)))))
            (then
              (f64.store offset=16 (local.get $pv) (local.get $c1))
              (i32.store offset=8 (local.get $pi) (i32.load offset=4 (local.get $pi)))
              (local.set $c0 (f64.load (local.get $pv)))
              (if (i32.or (f64.gt (local.get $c) (local.get $c0))
                    (i32.and (f64.eq (local.get $c) (local.get $c0)) (i32.lt_s (local.get $j) (i32.load (local.get $pi)))))
                (then
                  (f64.store offset=8 (local.get $pv) (local.get $c0))
                  (i32.store offset=4 (local.get $pi) (i32.load (local.get $pi)))
                  (f64.store (local.get $pv) (local.get $c))
                  (i32.store (local.get $pi) (local.get $j)))
                (else
                  (f64.store offset=8 (local.get $pv) (local.get $c))
                  (i32.store offset=4 (local.get $pi) (local.get $j)))))
            (else
              (f64.store offset=16 (local.get $pv) (local.get $c))
              (i32.store offset=8 (local.get $pi) (local.get $j)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $units))))

  ;; One block of `len` units (≤ B), its raw columns in place: every output of detailsBlocks
  ;; for k = 3 into the block's output arrays; returns 1 when a unit has a value.
  (func (export "block") (param $len i32) (result i32)
    (local $d i32) (local $m i32) (local $mEnd i32) (local $j i32) (local $i i32) (local $o i32)
    (local $ws i32) (local $out i32) (local $W f64) (local $q f64) (local $t f64) (local $stride i32)
    (local $a f64) (local $s f64) (local $v f64) (local $w f64) (local $scored i32) (local $K f64)
    (local.set $stride (i32.shl (global.get $b) (i32.const 3)))
    (call $fill (global.get $count) (local.get $len) (f64.const 0))
    (call $fill (global.get $dws) (local.get $len) (f64.const 0))
    ;; the dimension scores
    (local.set $d (i32.const 0))
    (block $dimsDone
      (loop $dims
        (br_if $dimsDone (i32.ge_u (local.get $d) (global.get $d)))
        (local.set $ws (i32.add (global.get $ws) (i32.mul (local.get $d) (local.get $stride))))
        (call $fill (global.get $acc) (local.get $len) (f64.const 0))
        (call $fill (local.get $ws) (local.get $len) (f64.const 0))
        (local.set $m (i32.load (i32.add (global.get $starts) (i32.shl (local.get $d) (i32.const 2)))))
        (local.set $mEnd (i32.load offset=4 (i32.add (global.get $starts) (i32.shl (local.get $d) (i32.const 2)))))
        (block $membersDone
          (loop $members
            (br_if $membersDone (i32.ge_u (local.get $m) (local.get $mEnd)))
            (local.set $j (i32.load (i32.add (global.get $members) (i32.shl (local.get $m) (i32.const 2)))))
            (call $accumulate
              (i32.add (global.get $raws) (i32.mul (local.get $j) (local.get $stride)))
              (local.get $len)
              (i32.load (i32.add (global.get $down) (i32.shl (local.get $j) (i32.const 2))))
              (f64.load (i32.add (global.get $wi) (i32.shl (local.get $j) (i32.const 3))))
              (f64.load (i32.add (global.get $from) (i32.shl (local.get $j) (i32.const 3))))
              (f64.load (i32.add (global.get $scale) (i32.shl (local.get $j) (i32.const 3))))
              (local.get $ws))
            (local.set $m (i32.add (local.get $m) (i32.const 1)))
            (br $members)))
        (local.set $out (i32.add (global.get $dims) (i32.mul (local.get $d) (local.get $stride))))
        (local.set $W (f64.load (i32.add (global.get $wd) (i32.shl (local.get $d) (i32.const 3)))))
        (local.set $i (i32.const 0))
        (block $unitsDone
          (loop $units
            (br_if $unitsDone (i32.ge_u (local.get $i) (local.get $len)))
            (local.set $o (i32.shl (local.get $i) (i32.const 3)))
            (local.set $q (f64.load (i32.add (local.get $ws) (local.get $o))))
            (if (f64.gt (local.get $q) (f64.const 0))
              (then
                (f64.store (i32.add (local.get $out) (local.get $o)) (f64.div (f64.load (i32.add (global.get $acc) (local.get $o))) (local.get $q)))
                (f64.store (i32.add (global.get $dws) (local.get $o)) (f64.add (f64.load (i32.add (global.get $dws) (local.get $o))) (local.get $W))))
              (else (f64.store (i32.add (local.get $out) (local.get $o)) (f64.const nan))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $units)))
        (local.set $d (i32.add (local.get $d) (i32.const 1)))
        (br $dims)))
    ;; the members of zero weight count for coverage
    (local.set $m (i32.const 0))
    (block $zeroDone
      (loop $zero
        (br_if $zeroDone (i32.ge_u (local.get $m) (global.get $nUnweighted)))
        (local.set $j (i32.load (i32.add (global.get $unweighted) (i32.shl (local.get $m) (i32.const 2)))))
        (local.set $out (i32.add (global.get $raws) (i32.mul (local.get $j) (local.get $stride))))
        (local.set $i (i32.const 0))
        (block $unitsDone
          (loop $units
            (br_if $unitsDone (i32.ge_u (local.get $i) (local.get $len)))
            (local.set $o (i32.shl (local.get $i) (i32.const 3)))
            (local.set $v (f64.load (i32.add (local.get $out) (local.get $o))))
            (if (f64.eq (local.get $v) (local.get $v))
              (then (f64.store (i32.add (global.get $count) (local.get $o)) (f64.add (f64.load (i32.add (global.get $count) (local.get $o))) (f64.const 1)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $units)))
        (local.set $m (i32.add (local.get $m) (i32.const 1)))
        (br $zero)))
    (local.set $K (f64.convert_i32_u (global.get $k)))
    (local.set $i (i32.const 0))
    (block $unitsDone
      (loop $units
        (br_if $unitsDone (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $o (i32.shl (local.get $i) (i32.const 3)))
        (local.set $v (f64.load (i32.add (global.get $count) (local.get $o))))
        (f64.store (i32.add (global.get $coverage) (local.get $o)) (f64.div (local.get $v) (local.get $K)))
        (if (f64.gt (local.get $v) (f64.const 0)) (then (local.set $scored (i32.const 1))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $units)))
    ;; the three largest contributions
    (call $fill (global.get $tv) (i32.mul (local.get $len) (i32.const 3)) (f64.const 0))
    (local.set $i (i32.const 0))
    (block $slotsDone
      (loop $slots
        (br_if $slotsDone (i32.ge_u (local.get $i) (i32.mul (local.get $len) (i32.const 3))))
        (i32.store (i32.add (global.get $ti) (i32.shl (local.get $i) (i32.const 2))) (i32.const -1))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $slots)))
    (local.set $d (i32.const 0))
    (block $dimsDone
      (loop $dims
        (br_if $dimsDone (i32.ge_u (local.get $d) (global.get $d)))
        (local.set $ws (i32.add (global.get $ws) (i32.mul (local.get $d) (local.get $stride))))
        (local.set $W (f64.load (i32.add (global.get $wd) (i32.shl (local.get $d) (i32.const 3)))))
        (local.set $i (i32.const 0))
        (block $unitsDone
          (loop $units
            (br_if $unitsDone (i32.ge_u (local.get $i) (local.get $len)))
            (local.set $o (i32.shl (local.get $i) (i32.const 3)))
            (local.set $t (f64.load (i32.add (global.get $dws) (local.get $o))))
            (f64.store (i32.add (global.get $share) (local.get $o))
              (if (result f64)
                (i32.and (f64.gt (local.get $t) (f64.const 0)) (f64.ne (f64.load (i32.add (local.get $ws) (local.get $o))) (f64.const 0)))
                (then (f64.div (local.get $W) (local.get $t)))
                (else (f64.const nan))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $units)))
        (local.set $m (i32.load (i32.add (global.get $starts) (i32.shl (local.get $d) (i32.const 2)))))
        (local.set $mEnd (i32.load offset=4 (i32.add (global.get $starts) (i32.shl (local.get $d) (i32.const 2)))))
        (block $membersDone
          (loop $members
            (br_if $membersDone (i32.ge_u (local.get $m) (local.get $mEnd)))
            (local.set $j (i32.load (i32.add (global.get $members) (i32.shl (local.get $m) (i32.const 2)))))
            (call $contribute
              (i32.add (global.get $raws) (i32.mul (local.get $j) (local.get $stride)))
              (local.get $len)
              (local.get $j)
              (i32.load (i32.add (global.get $down) (i32.shl (local.get $j) (i32.const 2))))
              (f64.load (i32.add (global.get $wi) (i32.shl (local.get $j) (i32.const 3))))
              (f64.load (i32.add (global.get $from) (i32.shl (local.get $j) (i32.const 3))))
              (f64.load (i32.add (global.get $scale) (i32.shl (local.get $j) (i32.const 3))))
              (local.get $ws))
            (local.set $m (i32.add (local.get $m) (i32.const 1)))
            (br $members)))
        (local.set $d (i32.add (local.get $d) (i32.const 1)))
        (br $dims)))
    ;; the index score over the dimensions of non-zero weight
    (local.set $i (i32.const 0))
    (block $unitsDone
      (loop $units
        (br_if $unitsDone (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $o (i32.shl (local.get $i) (i32.const 3)))
        (local.set $a (f64.const 0))
        (local.set $s (f64.const 0))
        (local.set $d (i32.const 0))
        (block $dimsDone
          (loop $dims
            (br_if $dimsDone (i32.ge_u (local.get $d) (global.get $d)))
            (local.set $w (f64.load (i32.add (global.get $wd) (i32.shl (local.get $d) (i32.const 3)))))
            (if (f64.ne (local.get $w) (f64.const 0))
              (then
                (local.set $v (f64.load (i32.add (i32.add (global.get $dims) (i32.mul (local.get $d) (local.get $stride))) (local.get $o))))
                (if (f64.eq (local.get $v) (local.get $v))
                  (then
                    (local.set $a (f64.add (local.get $a) (f64.mul (local.get $w) (local.get $v))))
                    (local.set $s (f64.add (local.get $s) (local.get $w)))))))
            (local.set $d (i32.add (local.get $d) (i32.const 1)))
            (br $dims)))
        (f64.store (i32.add (global.get $scores) (local.get $o))
          (if (result f64) (f64.gt (local.get $s) (f64.const 0))
            (then (f64.div (local.get $a) (local.get $s)))
            (else (f64.const nan))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $units)))
    (local.get $scored))
)
