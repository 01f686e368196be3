"""
numpy reference for bench/scoring.bench.ts: the same passes as mahalleh, timed here and
reported as JSON on stdout
(`ms`: wall time per call; `cpuMs`: this process's user + system CPU time per call, less
inflated than wall time on a shared machine).

  python3 bench/scoring_numpy.py full <data.f64> <n> <k> <reps>
      min-max (0–100, oriented) → weighted sum → min-rank (1 = highest), on a column-major
      n × k matrix of float64 (k columns of n values, as mahalleh's columns).
  python3 bench/scoring_numpy.py corr <data.f64> <n> <k> <reps>
      np.corrcoef of the k columns (Pearson correlation matrix), for bench/audit.bench.ts.
  python3 bench/scoring_numpy.py mc <data.f64> <n> <k> <runs> <reps>
      Monte Carlo: min-max once, then per run Dirichlet weights (α = 10·m·w) for the
      indicators of each of 6 dimensions and for the dimensions, weighted sums, min-ranks;
      then the 5th/50th/95th rank percentiles per unit.

Directions: indicator j is +1 when j is even, −1 when odd; weights 1 + (j mod 3) (full pass).
"""
import json
import sys
import time

import numpy as np


def load(path, n, k):
    # k columns of n values each → an (n, k) Fortran-ordered view, no copy
    return np.fromfile(path, dtype=np.float64).reshape(k, n).T


def min_ranks(s):
    order = np.argsort(-s, kind="stable")
    ordered = s[order]
    n = len(s)
    pos = np.arange(1, n + 1, dtype=np.float64)
    tie = np.empty(n, dtype=bool)
    tie[0] = False
    tie[1:] = ordered[1:] == ordered[:-1]
    first = np.maximum.accumulate(np.where(tie, 0, pos))
    ranks = np.empty(n)
    ranks[order] = first
    return ranks


def normalise(X):
    """Oriented min-max to 0–100 as one affine map per column: N = X·a + b (two passes)."""
    k = X.shape[1]
    mn = X.min(axis=0)
    mx = X.max(axis=0)
    scale = 100.0 / (mx - mn)
    neg = np.arange(k) % 2 == 1
    a = np.where(neg, -scale, scale)
    b = np.where(neg, mx * scale, -mn * scale)
    N = X * a
    N += b
    return N


def full(X):
    k = X.shape[1]
    w = 1.0 + (np.arange(k) % 3)
    s = normalise(X) @ (w / w.sum())
    return s, min_ranks(s)


def monte_carlo(X, runs, seed=1):
    n, k = X.shape
    N = normalise(X)
    groups = [np.arange(k)[np.arange(k) % 6 == d] for d in range(6)]
    rng = np.random.default_rng(seed)
    ranks = np.empty((runs, n), dtype=np.float32)
    for r in range(runs):
        wd = rng.dirichlet(np.full(6, 10.0))  # α = 10·m·(1/m) for m equal weights
        s = np.zeros(n)
        for d, g in enumerate(groups):
            w = rng.dirichlet(np.full(len(g), 10.0))
            s += wd[d] * (N[:, g] @ w)
        ranks[r] = min_ranks(s)
    return np.percentile(ranks, [5, 50, 95], axis=0)


CPU_MS = [0.0]


def timed(fn, reps):
    """Wall ms per call; the process CPU ms per call (user + sys) is left in CPU_MS[0]."""
    fn()  # warm-up
    t = time.perf_counter()
    c = time.process_time()
    for _ in range(reps):
        out = fn()
    CPU_MS[0] = (time.process_time() - c) / reps * 1000.0
    return (time.perf_counter() - t) / reps * 1000.0, out


if __name__ == "__main__":
    mode, path, n, k = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    X = load(path, n, k)
    if mode == "full":
        reps = int(sys.argv[5])
        ms, (s, r) = timed(lambda: full(X), reps)
        print(json.dumps({"ms": ms, "cpuMs": CPU_MS[0], "numpy": np.__version__, "scores": s[:5].tolist(), "ranks": r[:5].tolist(), "rankSum": float(r.sum())}))
    elif mode == "corr":
        reps = int(sys.argv[5])
        ms, R = timed(lambda: np.corrcoef(X, rowvar=False), reps)
        print(json.dumps({"ms": ms, "cpuMs": CPU_MS[0], "numpy": np.__version__, "r01": float(R[0, 1])}))
    else:
        runs, reps = int(sys.argv[5]), int(sys.argv[6])
        ms, q = timed(lambda: monte_carlo(X, runs), reps)
        print(json.dumps({"ms": ms, "cpuMs": CPU_MS[0], "numpy": np.__version__, "median0": float(q[1][0])}))
