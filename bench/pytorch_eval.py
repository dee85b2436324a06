#!/usr/bin/env python3
"""An independent check of `wgvae eval`: the importance-sampled log p(x) of a wgvae checkpoint,
computed in PyTorch on the same images.

It installs nothing itself. To run it (from the repository root):

    pip install torch numpy safetensors
    wgvae eval --checkpoint runs/mnist --k 5000 --json --per-image eval.csv > eval.json
    python3 bench/pytorch_eval.py runs/mnist --k 5000 --compare eval.json --compare-per-image eval.csv

For other data give both the same images: --data takes IDX, CIFAR .bin and uint8 .npy files
(`wgvae data convert SOURCE --out test.npy` writes any source wgvae reads, photo folders too).
With the discretized logistic (or binarized data) it also prints bits per dimension.

--compare-per-image prints the mean difference of the two estimates image by image with its
standard error: the two draw their own z, so a gap within about two of those is Monte Carlo
noise, not a disagreement.

The images are the ones wgvae scored: with dynamic binarization, the script redraws wgvae's
binarization bit for bit (Philox4x32-10 keyed by the seed and stream 11, counter
(pixel / 4, 0, image index, 0), pixel j is 1 when (2 (u >> 9) + 1) * 255 < byte * 2^24).
Everything else is PyTorch's own: its own normal draws for z ~ q(z|x) (and z ~ p(z) for the
naive estimate), the model in float32, the log-sum-exp over the K weights in float64.
"""
import argparse
import json
import math
import time
from pathlib import Path

import numpy as np
import torch

from load_wgvae_checkpoint import bits_per_dim, load, load_images

DATA = Path(__file__).resolve().parent.parent / "data"
STREAM_BINARIZE = 11  # src/eval.rs


def philox4x32_10(counter, key):
    """Philox4x32-10 on arrays: counter [4, n] uint32, key (k0, k1) -> [4, n] uint32."""
    c = [np.asarray(w, dtype=np.uint64) for w in counter]
    k0, k1 = np.uint64(key[0]), np.uint64(key[1])
    mask = np.uint64(0xFFFFFFFF)
    for _ in range(10):
        p0 = np.uint64(0xD2511F53) * c[0]
        p1 = np.uint64(0xCD9E8D57) * c[2]
        c = [(p1 >> np.uint64(32)) ^ c[1] ^ k0, p1 & mask, (p0 >> np.uint64(32)) ^ c[3] ^ k1, p0 & mask]
        k0 = (k0 + np.uint64(0x9E3779B9)) & mask
        k1 = (k1 + np.uint64(0xBB67AE85)) & mask
    return [w.astype(np.uint32) for w in c]


def wgvae_binarize(pixels_u8, seed):
    """wgvae's evaluation binarization of u8 images [n, d] (shaders/gather.wgsl, row = image)."""
    n, d = pixels_u8.shape
    image, pixel = np.meshgrid(np.arange(n, dtype=np.uint64), np.arange(d, dtype=np.uint64), indexing="ij")
    zero = np.zeros_like(image)
    bits = philox4x32_10([pixel // 4, zero, image, zero], (seed, STREAM_BINARIZE))
    lane = (pixel % 4).astype(np.int64)
    u = np.choose(lane, [b.reshape(n, d) for b in bits]).astype(np.uint64)
    h = u >> np.uint64(9)
    return ((2 * h + 1) * 255 < pixels_u8.astype(np.uint64) << np.uint64(24)).astype(np.float32)


@torch.no_grad()
def estimate(model, x, k, chunk, generator, prior=False):
    """Per image: log p_hat = logsumexp_i log w_i - log K (z from q, or from the prior)."""
    mu, logvar = model.encode(x)
    if prior:
        mu, logvar = torch.zeros_like(mu), torch.zeros_like(logvar)
    std = torch.exp(0.5 * logvar)
    n, latent = mu.shape
    lse = torch.full((n,), -math.inf, dtype=torch.float64)
    for start in range(0, k, chunk):
        c = min(chunk, k - start)
        eps = torch.randn((n, c, latent), generator=generator)
        z = mu[:, None] + std[:, None] * eps
        log_px = model.log_px(x[:, None].expand(n, c, x.shape[1]).reshape(n * c, -1), z.reshape(n * c, latent))
        log_px = log_px.reshape(n, c).double()
        if prior:
            log_w = log_px
        else:
            log_pz = -0.5 * (math.log(2 * math.pi) + z.double() ** 2).sum(-1)
            log_q = -0.5 * (math.log(2 * math.pi) + logvar.double()[:, None] + eps.double() ** 2).sum(-1)
            log_w = log_px + log_pz - log_q
        lse = torch.logaddexp(lse, torch.logsumexp(log_w, dim=1))
    return lse - math.log(k)


def main():
    p = argparse.ArgumentParser(description="importance-sampled log p(x) of a wgvae checkpoint, in PyTorch")
    p.add_argument("checkpoint", help="folder with config.json and model.safetensors")
    p.add_argument("--data", default=DATA / "mnist-test-images-idx3-ubyte.gz",
                   help="IDX images, a uint8 .npy (wgvae data convert writes any source as one) or CIFAR .bin")
    p.add_argument("--k", type=int, default=5000)
    p.add_argument("--seed", type=int, default=0, help="wgvae eval's --seed (the binarization)")
    p.add_argument("--binarize", choices=["dynamic", "none"], help="default: dynamic for Bernoulli")
    p.add_argument("--naive", action="store_true", help="also the naive estimate (prior proposal)")
    p.add_argument("--batch", type=int, default=50, help="images at a time")
    p.add_argument("--chunk", type=int, default=500, help="samples at a time")
    p.add_argument("--compare", help="wgvae eval --json output to compare with")
    p.add_argument("--compare-per-image", help="wgvae eval --per-image CSV: the paired difference, image by image")
    args = p.parse_args()

    torch.set_num_threads(torch.get_num_threads())
    model = load(args.checkpoint)
    x = load_images(args.data)
    binarize = args.binarize or ("dynamic" if model.cfg["likelihood"] == "bernoulli" else "none")
    if binarize == "dynamic":
        pixels = np.rint(x.numpy() * 255).astype(np.uint8)
        x = torch.from_numpy(wgvae_binarize(pixels, args.seed))
    generator = torch.Generator().manual_seed(2024)
    start = time.time()
    est, naive = [], []
    for b in range(0, len(x), args.batch):
        est.append(estimate(model, x[b : b + args.batch], args.k, args.chunk, generator))
        if args.naive:
            naive.append(estimate(model, x[b : b + args.batch], args.k, args.chunk, generator, prior=True))
    est = torch.cat(est)
    seconds = time.time() - start
    mean, se = est.mean().item(), (est.std() / math.sqrt(len(est))).item()
    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads: {len(x)} images, K = {args.k}, "
          f"binarize {binarize}, {seconds:.1f} s")
    print(f"log p(x) ≈ {mean:.3f} ± {se:.3f} nats (importance sampling, mean ± s.e. over images)")
    # Bits per dimension where log p(x|z) is a probability of the data, as wgvae eval has them.
    discrete = model.cfg["likelihood"] == "logistic" or binarize == "dynamic"
    bpd = bits_per_dim(mean, x.shape[1])
    if discrete:
        print(f"bits/dim: {bpd:.4f}")
    if args.naive:
        print(f"naive Monte Carlo: {torch.cat(naive).mean().item():.3f} nats")
    if args.compare:
        w = json.loads(Path(args.compare).read_text())
        diff = w["log_likelihood"] - mean
        print(f"wgvae eval: {w['log_likelihood']:.3f} nats ({w['n_images']} images, K = {w['k']}); "
              f"difference {diff:+.3f} nats: {'agree' if abs(diff) < 0.1 else 'DISAGREE'} within 0.1")
        if discrete and w.get("bits_per_dim"):
            theirs = w["bits_per_dim"]["log_likelihood"]
            print(f"wgvae eval: {theirs:.4f} bits/dim; difference {theirs - bpd:+.4f}: "
                  f"{'agree' if abs(theirs - bpd) < 0.01 else 'DISAGREE'} within 0.01")
    if args.compare_per_image:
        # The two estimates draw their own z, so each image's difference is Monte Carlo noise
        # plus any real disagreement: its mean ± s.e. says which of the two the gap is.
        rows = np.genfromtxt(args.compare_per_image, delimiter=",", names=True)
        theirs = torch.from_numpy(np.atleast_1d(rows["log_likelihood"]).astype(np.float64))
        if len(theirs) != len(est):
            raise SystemExit(f"{args.compare_per_image}: {len(theirs)} images, PyTorch scored {len(est)}")
        d = theirs - est.double()
        mean_d, se_d = d.mean().item(), (d.std() / math.sqrt(len(d))).item()
        verdict = "Monte Carlo noise" if abs(mean_d) <= 2 * se_d else "more than 2 s.e.: a real difference"
        print(f"paired, image by image: wgvae - PyTorch = {mean_d:+.3f} ± {se_d:.3f} nats "
              f"(mean ± s.e. of {len(d)} differences; {verdict})")


if __name__ == "__main__":
    main()
