#!/usr/bin/env python3
"""EM for the diagonal Gaussian mixture in PyTorch beside `wgvae gmm`, timed in one run.

It installs nothing itself. To run it (from the repository root, after `cargo build --release`):

    pip install torch numpy
    python3 bench/pytorch_gmm.py [--components 10] [--repeats 3] [--threads 2]

The same model and data as `wgvae gmm` (pixels / 255 of the 9,000 bundled digits, variances
floored at exp(-5)), the same E-step (log p(x, k) from x and x² by matmul, logsumexp) and
M-step, in f32 on the CPU. Each side runs 30 and 60 iterations with no tolerance; the
difference over 30 is wgvae's time of an iteration, without start-up and seeding; PyTorch's
EM loop is timed on its own. Medians over the repeats; run both in one go on a shared machine
and compare the ratio.
"""
import argparse
import math
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import torch

from pytorch_vae import DATA, load_idx_images

ROOT = Path(__file__).resolve().parent.parent


def em(x, k, iterations, floor, seed):
    """k-means++ seeding, then `iterations` EM steps; returns the last log-likelihood per point
    and the seconds of the EM steps alone."""
    g = torch.Generator().manual_seed(seed)
    n, d = x.shape
    x2 = x * x
    centres = [int(torch.randint(n, (1,), generator=g))]
    nearest = torch.full((n,), math.inf)
    while len(centres) < k:
        c = x[centres[-1]]
        nearest = torch.minimum(nearest, ((x - c) ** 2).sum(1))
        centres.append(int(torch.multinomial(nearest, 1, generator=g)))
    mu = x[centres].clone()
    var = x.var(0, unbiased=False).clamp_min(floor).expand(k, d).clone()
    log_pi = torch.full((k,), -math.log(k))
    ll = None
    start = time.perf_counter()
    for _ in range(iterations):
        inv = 1.0 / var
        constant = (math.log(2 * math.pi) + var.log() + mu * mu * inv).sum(1)
        log_joint = log_pi - 0.5 * (x2 @ inv.T - 2.0 * x @ (mu * inv).T + constant)
        lse = torch.logsumexp(log_joint, 1, keepdim=True)
        ll = lse.mean().item()
        r = (log_joint - lse).exp()
        counts = r.sum(0).clamp_min(torch.finfo(torch.float32).tiny)
        mu = (r.T @ x) / counts[:, None]
        var = ((r.T @ x2) / counts[:, None] - mu * mu).clamp_min(floor)
        log_pi = (counts / n).log()
    return ll, time.perf_counter() - start


def wgvae_seconds(binary, k, iterations, extra):
    with tempfile.TemporaryDirectory() as out:
        command = [str(binary), "gmm", "--components", str(k), "--iters", str(iterations), "--tol", "0",
                   "--out", out, *extra]
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        return time.perf_counter() - start


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--components", type=int, default=10)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--threads", type=int, default=2, help="torch.set_num_threads (the machine has 2 cores)")
    p.add_argument("--wgvae", default=ROOT / "target/release/wgvae")
    p.add_argument("--wgvae-args", default="", help="extra options for wgvae gmm, e.g. --adapter llvmpipe")
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    x = load_idx_images(DATA / "mnist-train-images-idx3-ubyte.gz")
    floor = math.exp(-5.0)
    torch_runs, wgvae_runs = [], []
    for r in range(args.repeats):
        ll, seconds = em(x, args.components, 60, floor, r)
        torch_runs.append(seconds / 60)
        w30, w60 = (wgvae_seconds(args.wgvae, args.components, i, args.wgvae_args.split()) for i in (30, 60))
        wgvae_runs.append((w60 - w30) / 30)
        print(f"repeat {r + 1}: an EM iteration takes {wgvae_runs[-1] * 1e3:.0f} ms in wgvae, "
              f"{torch_runs[-1] * 1e3:.0f} ms in PyTorch ({args.threads} threads); "
              f"PyTorch's log-likelihood after 60 iterations {ll:.3f}")
    w, t = statistics.median(wgvae_runs), statistics.median(torch_runs)
    print(f"median over {args.repeats}: wgvae {w * 1e3:.0f} ms, PyTorch {t * 1e3:.0f} ms per iteration "
          f"(K = {args.components}, {len(x)} images): wgvae at {t / w:.2f}x PyTorch's speed")


if __name__ == "__main__":
    main()
