;; The weighted-mean kernel of uncertainty's Monte Carlo runs (src/scoring/_blockedMean.ts):
;; out[t] = (Σ_q w_q·src_q[t]) / wsum over a block of units, two units per f64x2 vector. Each lane
;; computes exactly what the scalar JS loop (meanInto) computes for its unit, in the same order:
;;   count ≥ 4: ((w0·c0 + w1·c1) + w2·c2) + w3·c3, else w0·c0; then for each further group of
;;   four (((out + w·c) + w·c) + w·c) + w·c, then one at a time out + w·c; then out / wsum.
;; WebAssembly has no fused multiply-add, so every product and sum rounds as in JS: the results
;; are bit-for-bit those of meanInto.
;;
;; Memory (exported, grown by the caller): blocks of f64 (the caller's layout), a table of source
;; byte offsets (i32) and a table of weights (f64). `len` is rounded up to even: the caller's
;; buffers have room for it and it reads only what it wrote.
;;
;; Regenerate src/scoring/_meanWasm.ts after any change: npx tsx test/build-gram-wasm.ts
(module
  (memory (export "memory") 1)

  (func (export "mean") (param $dst i32) (param $srcs i32) (param $ws i32) (param $count i32) (param $wsum f64) (param $len i32)
    (local $end i32) (local $t i32) (local $q i32)
    (local $c0 i32) (local $c1 i32) (local $c2 i32) (local $c3 i32)
    (local $w0 v128) (local $w1 v128) (local $w2 v128) (local $w3 v128) (local $d v128)
    ;; bytes of the block, rounded up to a whole vector
    (local.set $end (i32.shl (i32.and (i32.add (local.get $len) (i32.const 1)) (i32.const -2)) (i32.const 3)))
    (if (i32.ge_u (local.get $count) (i32.const 4))
      (then
        (local.set $c0 (i32.load offset=0 (local.get $srcs)))
        (local.set $c1 (i32.load offset=4 (local.get $srcs)))
        (local.set $c2 (i32.load offset=8 (local.get $srcs)))
        (local.set $c3 (i32.load offset=12 (local.get $srcs)))
        (local.set $w0 (v128.load64_splat offset=0 (local.get $ws)))
        (local.set $w1 (v128.load64_splat offset=8 (local.get $ws)))
        (local.set $w2 (v128.load64_splat offset=16 (local.get $ws)))
        (local.set $w3 (v128.load64_splat offset=24 (local.get $ws)))
        (local.set $t (i32.const 0))
        (block $done
          (loop $units
            (br_if $done (i32.ge_u (local.get $t) (local.get $end)))
            (v128.store (i32.add (local.get $dst) (local.get $t))
              (f64x2.add
                (f64x2.add
                  (f64x2.add
                    (f64x2.mul (local.get $w0) (v128.load (i32.add (local.get $c0) (local.get $t))))
                    (f64x2.mul (local.get $w1) (v128.load (i32.add (local.get $c1) (local.get $t)))))
                  (f64x2.mul (local.get $w2) (v128.load (i32.add (local.get $c2) (local.get $t)))))
                (f64x2.mul (local.get $w3) (v128.load (i32.add (local.get $c3) (local.get $t))))))
            (local.set $t (i32.add (local.get $t) (i32.const 16)))
            (br $units)))
        (local.set $q (i32.const 4)))
      (else
        (local.set $c0 (i32.load offset=0 (local.get $srcs)))
        (local.set $w0 (v128.load64_splat offset=0 (local.get $ws)))
        (local.set $t (i32.const 0))
        (block $done
          (loop $units
            (br_if $done (i32.ge_u (local.get $t) (local.get $end)))
            (v128.store (i32.add (local.get $dst) (local.get $t))
              (f64x2.mul (local.get $w0) (v128.load (i32.add (local.get $c0) (local.get $t)))))
            (local.set $t (i32.add (local.get $t) (i32.const 16)))
            (br $units)))
        (local.set $q (i32.const 1))))
    ;; further groups of four
    (block $groupsDone
      (loop $groups
        (br_if $groupsDone (i32.gt_u (i32.add (local.get $q) (i32.const 4)) (local.get $count)))
        (local.set $c0 (i32.load offset=0 (i32.add (local.get $srcs) (i32.shl (local.get $q) (i32.const 2)))))
        (local.set $c1 (i32.load offset=4 (i32.add (local.get $srcs) (i32.shl (local.get $q) (i32.const 2)))))
        (local.set $c2 (i32.load offset=8 (i32.add (local.get $srcs) (i32.shl (local.get $q) (i32.const 2)))))
        (local.set $c3 (i32.load offset=12 (i32.add (local.get $srcs) (i32.shl (local.get $q) (i32.const 2)))))
        (local.set $w0 (v128.load64_splat offset=0 (i32.add (local.get $ws) (i32.shl (local.get $q) (i32.const 3)))))
        (local.set $w1 (v128.load64_splat offset=8 (i32.add (local.get $ws) (i32.shl (local.get $q) (i32.const 3)))))
        (local.set $w2 (v128.load64_splat offset=16 (i32.add (local.get $ws) (i32.shl (local.get $q) (i32.const 3)))))
        (local.set $w3 (v128.load64_splat offset=24 (i32.add (local.get $ws) (i32.shl (local.get $q) (i32.const 3)))))
        (local.set $t (i32.const 0))
        (block $done
          (loop $units
            (br_if $done (i32.ge_u (local.get $t) (local.get $end)))
            (v128.store (i32.add (local.get $dst) (local.get $t))
              (f64x2.add
                (f64x2.add
                  (f64x2.add
                    (f64x2.add
                      (v128.load (i32.add (local.get $dst) (local.get $t)))
                      (f64x2.mul (local.get $w0) (v128.load (i32.add (local.get $c0) (local.get $t)))))
                    (f64x2.mul (local.get $w1) (v128.load (i32.add (local.get $c1) (local.get $t)))))
                  (f64x2.mul (local.get $w2) (v128.load (i32.add (local.get $c2) (local.get $t)))))
                (f64x2.mul (local.get $w3) (v128.load (i32.add (local.get $c3) (local.get $t))))))
            (local.set $t (i32.add (local.get $t) (i32.const 16)))
            (br $units)))
        (local.set $q (i32.add (local.get $q) (i32.const 4)))
        (br $groups)))
    ;; the rest one at a time
    (block $restDone
      (loop $rest
        (br_if $restDone (i32.ge_u (local.get $q) (local.get $count)))
        (local.set $c0 (i32.load (i32.add (local.get $srcs) (i32.shl (local.get $q) (i32.const 2)))))
        (local.set $w0 (v128.load64_splat (i32.add (local.get $ws) (i32.shl (local.get $q) (i32.const 3)))))
        (local.set $t (i32.const 0))
        (block $done
          (loop $units
            (br_if $done (i32.ge_u (local.get $t) (local.get $end)))
            (v128.store (i32.add (local.get $dst) (local.get $t))
              (f64x2.add
                (v128.load (i32.add (local.get $dst) (local.get $t)))
                (f64x2.mul (local.get $w0) (v128.load (i32.add (local.get $c0) (local.get $t))))))
            (local.set $t (i32.add (local.get $t) (i32.const 16)))
            (br $units)))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $rest)))
    ;; divided by the sum of the weights
    (local.set $d (f64x2.splat (local.get $wsum)))
    (local.set $t (i32.const 0))
    (block $done
      (loop $units
        (br_if $done (i32.ge_u (local.get $t) (local.get $end)))
        (v128.store (i32.add (local.get $dst) (local.get $t))
          (f64x2.div (v128.load (i32.add (local.get $dst) (local.get $t))) (local.get $d)))
        (local.set $t (i32.add (local.get $t) (i32.const 16)))
        (br $units))))
;; A block of a min-max column in place: x ← lo + (x − centre)·slope, two values per vector, each
  ;; rounded as the scalar JS expression rounds it (`len` rounded up to even, as above).
  (func (export "affine") (param $at i32) (param $len i32) (param $lo f64) (param $centre f64) (param $slope f64)
    (local $end i32) (local $l v128) (local $c v128) (local $s v128)
    (local.set $end (i32.add (local.get $at) (i32.shl (i32.and (i32.add (local.get $len) (i32.const 1)) (i32.const -2)) (i32.const 3))))
    (local.set $l (f64x2.splat (local.get $lo)))
    (local.set $c (f64x2.splat (local.get $centre)))
    (local.set $s (f64x2.splat (local.get $slope)))
    (block $done
      (loop $units
        (br_if $done (i32.ge_u (local.get $at) (local.get $end)))
        (v128.store (local.get $at)
          (f64x2.add (local.get $l) (f64x2.mul (f64x2.sub (v128.load (local.get $at)) (local.get $c)) (local.get $s))))
        (local.set $at (i32.add (local.get $at) (i32.const 16)))
        (br $units))))
)
