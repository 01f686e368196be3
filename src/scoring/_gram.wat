;; The Gram kernel of the index audit (src/scoring/_gram.ts): partial sums Σ x_a·x_b over a
;; block of rows, two lanes of f64x2 holding two partners b, b+1 of the same row a, so that each
;; lane adds its products in row order exactly as the scalar JS kernel does (no fused
;; multiply-add in WebAssembly: the sums are bit-for-bit those of gram() in JS).
;;
;; Memory (exported, grown by the caller):
;;   $acc: ks × ks f64, row-major, the running sums (read, added to, written back);
;;   $base: rows × ks f64, row-major, a block of the standardised data (ks even: an odd k is
;;          padded with a zero column, so every pair b, b+1 lies inside a row).
;; Tiles of 2 rows (a, a+1) × 8 partners (b … b+7, four vectors) keep 8 accumulators, 2 splats
;; and 4 loads in 14 of the 16 SIMD registers; the last 2, 4 or 6 partners go 2 × 2.
;; Only b ≥ a (rounded down to even) is computed; the caller mirrors the upper triangle.
;;
;; Regenerate src/scoring/_gramWasm.ts after any change: npx tsx test/build-gram-wasm.ts
(module
  (memory (export "memory") 1)

  ;; rows × (a, a+1) × (b … b+7)
  (func $tile8 (param $p i32) (param $q i32) (param $end i32) (param $stride i32) (param $acc0 i32) (param $acc1 i32)
    (local $x0 v128) (local $x1 v128) (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128)
    (local $s00 v128) (local $s01 v128) (local $s02 v128) (local $s03 v128)
    (local $s10 v128) (local $s11 v128) (local $s12 v128) (local $s13 v128)
    (local.set $s00 (v128.load offset=0 (local.get $acc0)))
    (local.set $s01 (v128.load offset=16 (local.get $acc0)))
    (local.set $s02 (v128.load offset=32 (local.get $acc0)))
    (local.set $s03 (v128.load offset=48 (local.get $acc0)))
    (local.set $s10 (v128.load offset=0 (local.get $acc1)))
    (local.set $s11 (v128.load offset=16 (local.get $acc1)))
    (local.set $s12 (v128.load offset=32 (local.get $acc1)))
    (local.set $s13 (v128.load offset=48 (local.get $acc1)))
    (block $done
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (loop $rows
        (local.set $x0 (v128.load64_splat offset=0 (local.get $p)))
        (local.set $x1 (v128.load64_splat offset=8 (local.get $p)))
        (local.set $v0 (v128.load offset=0 (local.get $q)))
        (local.set $v1 (v128.load offset=16 (local.get $q)))
        (local.set $v2 (v128.load offset=32 (local.get $q)))
        (local.set $v3 (v128.load offset=48 (local.get $q)))
        (local.set $s00 (f64x2.add (local.get $s00) (f64x2.mul (local.get $x0) (local.get $v0))))
        (local.set $s01 (f64x2.add (local.get $s01) (f64x2.mul (local.get $x0) (local.get $v1))))
        (local.set $s02 (f64x2.add (local.get $s02) (f64x2.mul (local.get $x0) (local.get $v2))))
        (local.set $s03 (f64x2.add (local.get $s03) (f64x2.mul (local.get $x0) (local.get $v3))))
        (local.set $s10 (f64x2.add (local.get $s10) (f64x2.mul (local.get $x1) (local.get $v0))))
        (local.set $s11 (f64x2.add (local.get $s11) (f64x2.mul (local.get $x1) (local.get $v1))))
        (local.set $s12 (f64x2.add (local.get $s12) (f64x2.mul (local.get $x1) (local.get $v2))))
        (local.set $s13 (f64x2.add (local.get $s13) (f64x2.mul (local.get $x1) (local.get $v3))))
        (local.set $p (i32.add (local.get $p) (local.get $stride)))
        (local.set $q (i32.add (local.get $q) (local.get $stride)))
        (br_if $rows (i32.lt_u (local.get $p) (local.get $end)))))
    (v128.store offset=0 (local.get $acc0) (local.get $s00))
    (v128.store offset=16 (local.get $acc0) (local.get $s01))
    (v128.store offset=32 (local.get $acc0) (local.get $s02))
    (v128.store offset=48 (local.get $acc0) (local.get $s03))
    (v128.store offset=0 (local.get $acc1) (local.get $s10))
    (v128.store offset=16 (local.get $acc1) (local.get $s11))
    (v128.store offset=32 (local.get $acc1) (local.get $s12))
    (v128.store offset=48 (local.get $acc1) (local.get $s13)))

  ;; rows × (a, a+1) × (b, b+1)
  (func $tile2 (param $p i32) (param $q i32) (param $end i32) (param $stride i32) (param $acc0 i32) (param $acc1 i32)
    (local $v v128) (local $s0 v128) (local $s1 v128)
    (local.set $s0 (v128.load (local.get $acc0)))
    (local.set $s1 (v128.load (local.get $acc1)))
    (block $done
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (loop $rows
        (local.set $v (v128.load (local.get $q)))
        (local.set $s0 (f64x2.add (local.get $s0) (f64x2.mul (v128.load64_splat offset=0 (local.get $p)) (local.get $v))))
        (local.set $s1 (f64x2.add (local.get $s1) (f64x2.mul (v128.load64_splat offset=8 (local.get $p)) (local.get $v))))
        (local.set $p (i32.add (local.get $p) (local.get $stride)))
        (local.set $q (i32.add (local.get $q) (local.get $stride)))
        (br_if $rows (i32.lt_u (local.get $p) (local.get $end)))))
    (v128.store (local.get $acc0) (local.get $s0))
    (v128.store (local.get $acc1) (local.get $s1)))

  ;; Adds Σ over `rows` rows at byte offset $base (row stride ks f64) into the sums at $acc.
  (func (export "gram") (param $base i32) (param $rows i32) (param $ks i32) (param $acc i32)
    (local $stride i32) (local $a i32) (local $b i32) (local $p i32) (local $end i32) (local $acc0 i32)
    (local.set $stride (i32.shl (local.get $ks) (i32.const 3)))
    (local.set $end (i32.add (local.get $base) (i32.mul (local.get $rows) (local.get $stride))))
    (block $doneA
      (loop $overA
        (br_if $doneA (i32.ge_u (local.get $a) (local.get $ks)))
        ;; p: row 0, column a; acc0: sums of row a from column a (acc1 one row further)
        (local.set $p (i32.add (local.get $base) (i32.shl (local.get $a) (i32.const 3))))
        (local.set $acc0 (i32.add (local.get $acc) (i32.shl (i32.add (i32.mul (local.get $a) (local.get $ks)) (local.get $a)) (i32.const 3))))
        (local.set $b (local.get $a))
        (block $done8
          (loop $over8
            (br_if $done8 (i32.gt_u (i32.add (local.get $b) (i32.const 8)) (local.get $ks)))
            (call $tile8
              (local.get $p)
              (i32.add (local.get $base) (i32.shl (local.get $b) (i32.const 3)))
              (local.get $end)
              (local.get $stride)
              (local.get $acc0)
              (i32.add (local.get $acc0) (local.get $stride)))
            (local.set $acc0 (i32.add (local.get $acc0) (i32.const 64)))
            (local.set $b (i32.add (local.get $b) (i32.const 8)))
            (br $over8)))
        (block $done2
          (loop $over2
            (br_if $done2 (i32.ge_u (local.get $b) (local.get $ks)))
            (call $tile2
              (local.get $p)
              (i32.add (local.get $base) (i32.shl (local.get $b) (i32.const 3)))
              (local.get $end)
              (local.get $stride)
              (local.get $acc0)
              (i32.add (local.get $acc0) (local.get $stride)))
            (local.set $acc0 (i32.add (local.get $acc0) (i32.const 16)))
            (local.set $b (i32.add (local.get $b) (i32.const 2)))
            (br $over2)))
        (local.set $a (i32.add (local.get $a) (i32.const 2)))
        (br $overA))))
)
