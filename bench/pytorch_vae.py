#!/usr/bin/env python3
"""PyTorch reference for wgvae: the same MNIST VAE, optimizer, data and evaluation, on the CPU.

It installs nothing itself. To run it (from the repository root):

    pip install torch numpy safetensors
    python3 bench/pytorch_vae.py --seeds 0,1,2      # held-out ELBO per seed, mean ± std
    python3 bench/pytorch_vae.py --bench            # steady-state training images/s, k=1 and k=5
    python3 bench/pytorch_vae.py --save runs/torch  # also write a wgvae checkpoint
    python3 bench/pytorch_vae.py --arch runs/conv/config.json --seeds 0,1,2   # any wgvae architecture

The model, named as wgvae's checkpoint contract (state_dict keys enc.{i}, enc_mu, enc_logvar,
dec.{i}, dec_out): x(784) -> [Linear + ReLU] per hidden width -> (mu, logvar) of q(z|x), and
z -> [Linear + ReLU] per hidden width, reversed -> 784 Bernoulli logits. Default nn.Linear init.
Training: Adam(1e-3, (0.9, 0.999), 1e-8), batch 128, a seeded permutation of the 9,000 training
images per epoch with the last partial batch dropped (70 steps), each batch binarized afresh.
"""
import argparse
import gzip
import json
import math
import statistics
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

from load_wgvae_checkpoint import VAE as GenericVAE

DATA = Path(__file__).resolve().parent.parent / "data"
LOG_2PI = math.log(2 * math.pi)
# Fixed seeds of the evaluation, independent of the training seed, so that every epoch and every
# run is scored on the same binarized test set with the same noise.
TEST_BINARIZE_SEED = 1234
TEST_EPS_SEED = 5678


def load_idx_images(path):
    """u8 IDX images (magic 0x803, big-endian u32 dims), gzipped or raw -> float32 [N, rows*cols] in [0, 1]."""
    raw = (gzip.open if str(path).endswith(".gz") else open)(path, "rb").read()
    magic, n, rows, cols = np.frombuffer(raw[:16], dtype=">u4")
    assert magic == 0x803, f"{path}: not an IDX u8 image file (magic {magic:#x})"
    pixels = np.frombuffer(raw[16:], dtype=np.uint8, count=n * rows * cols)
    return torch.from_numpy(pixels.reshape(n, rows * cols).astype(np.float32) / 255.0)


class VAE(nn.Module):
    def __init__(self, input_dim=784, hidden=(400,), latent=20, activation="relu"):
        super().__init__()
        widths = [input_dim, *hidden]
        self.enc = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths, widths[1:]))
        self.enc_mu = nn.Linear(widths[-1], latent)
        self.enc_logvar = nn.Linear(widths[-1], latent)
        widths = [latent, *reversed(hidden)]
        self.dec = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths, widths[1:]))
        self.dec_out = nn.Linear(widths[-1], input_dim)
        self.act = torch.relu if activation == "relu" else torch.tanh

    def encode(self, x):
        for layer in self.enc:
            x = self.act(layer(x))
        return self.enc_mu(x), self.enc_logvar(x)

    def decode(self, z):
        for layer in self.dec:
            z = self.act(layer(z))
        return self.dec_out(z)  # Bernoulli logits


def log_bernoulli(x, logits):
    # log p(x|z) = sum_j x_j l_j - softplus(l_j), the stable form of BCE-with-logits.
    return (x * logits - F.softplus(logits)).sum(-1)


def kl_to_prior(mu, logvar):
    return -0.5 * (1 + logvar - mu * mu - logvar.exp()).sum(-1)


def elbo(model, x, eps):
    """Per-image ELBO with one sample z = mu + sigma * eps and the analytic KL."""
    mu, logvar = model.encode(x)
    z = mu + (0.5 * logvar).exp() * eps
    return log_bernoulli(x, model.decode(z)) - kl_to_prior(mu, logvar)


def iwae_bound(model, x, k):
    """Per-image k-sample bound: logsumexp_s(log w_s) - log k, log w = log p(x|z) + log p(z) - log q(z|x)."""
    mu, logvar = model.encode(x)
    eps = torch.randn(k, *mu.shape, device=mu.device)
    z = mu + (0.5 * logvar).exp() * eps  # [k, B, latent]
    log_pz = -0.5 * (LOG_2PI + z * z).sum(-1)
    log_qz = -0.5 * (LOG_2PI + logvar + eps * eps).sum(-1)  # log N(z; mu, sigma^2) through eps
    log_w = log_bernoulli(x, model.decode(z)) + log_pz - log_qz
    return torch.logsumexp(log_w, 0) - math.log(k)


def loss_fn(args):
    if args.objective == "elbo":
        return lambda model, x: -elbo(model, x, torch.randn(x.shape[0], args.latent, device=x.device)).mean()
    return lambda model, x: -iwae_bound(model, x, args.k).mean()


def make_model(args):
    if args.arch:
        return GenericVAE(architecture_config(args.arch))
    return VAE(784, args.hidden, args.latent, args.activation)


def architecture_config(path):
    """A Bernoulli model of the layers in a wgvae config.json (or its "architecture" alone)."""
    cfg = json.loads(Path(path).read_text())
    arch = cfg.get("architecture", cfg)
    return {"format_version": 2, "architecture": arch, "likelihood": "bernoulli", "logvar_floor": -5.0}


def make_optimizer(model, args):
    return torch.optim.Adam(model.parameters(), lr=args.lr, betas=(0.9, 0.999), eps=1e-8)


def train_step(model, opt, loss, x):
    opt.zero_grad(set_to_none=True)
    value = loss(model, torch.bernoulli(x))  # dynamic binarization: a fresh draw every step
    value.backward()
    opt.step()
    return value.item()


@torch.no_grad()
def held_out_elbo(model, test_bin, latent):
    # Re-seeded at each evaluation: every epoch sees the same eps, so the curve shows the model only.
    eps = torch.randn(test_bin.shape[0], latent, generator=torch.Generator().manual_seed(TEST_EPS_SEED))
    return elbo(model, test_bin, eps).mean().item()


def train(args, seed, train_x, test_bin):
    torch.manual_seed(seed)  # init, binarization and training noise
    perm_gen = torch.Generator().manual_seed(seed)  # the epochs' permutations
    model, loss = make_model(args), loss_fn(args)
    opt = make_optimizer(model, args)
    steps = train_x.shape[0] // args.batch  # last partial batch dropped
    print(f"seed {seed}: {args.objective}{f' k={args.k}' if args.objective == 'iwae' else ''}, "
          f"hidden {args.hidden}, latent {args.latent}, {steps} steps/epoch, {torch.get_num_threads()} threads")
    for epoch in range(1, args.epochs + 1):
        perm = torch.randperm(train_x.shape[0], generator=perm_gen)
        start, total = time.perf_counter(), 0.0
        for i in range(steps):
            total += train_step(model, opt, loss, train_x[perm[i * args.batch:(i + 1) * args.batch]])
        seconds = time.perf_counter() - start  # training only; the evaluation is not timed
        score = held_out_elbo(model, test_bin, args.latent)
        print(f"epoch {epoch:3d}  train loss {total / steps:9.3f}  held-out ELBO {score:9.3f} nats  "
              f"{seconds:6.2f} s  {steps * args.batch / seconds:8.0f} images/s", flush=True)
    return model, score


def save(model, args, out_dir):
    from safetensors.torch import save_file
    out_dir.mkdir(parents=True, exist_ok=True)
    save_file({k: v.detach().float().contiguous() for k, v in model.state_dict().items()},
              str(out_dir / "model.safetensors"), metadata={"format": "pt"})
    if args.arch:
        config = architecture_config(args.arch)
    else:
        config = {"format_version": 1, "input_dim": 784, "image_shape": [28, 28], "hidden": args.hidden,
                  "latent": args.latent, "activation": args.activation, "likelihood": "bernoulli",
                  "logvar_floor": -5.0}
    (out_dir / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    print(f"saved {out_dir}/model.safetensors and config.json")


def bench(args, train_x, device="cpu", warmup=20, repeats=3):
    """Steady-state training throughput (binarization, forward, backward, Adam) at the default model,
    on `device`; returns {k: median images/s}."""
    medians = {}
    for objective, k in (("elbo", 1), ("iwae", 5)):
        a = argparse.Namespace(**{**vars(args), "objective": objective, "k": k})
        torch.manual_seed(0)
        model, loss = make_model(a).to(device), loss_fn(a)
        opt = make_optimizer(model, a)
        batches = train_x[: train_x.shape[0] // a.batch * a.batch].reshape(-1, a.batch, train_x.shape[1]).to(device)
        step = 0

        def run(n):
            nonlocal step
            for _ in range(n):
                train_step(model, opt, loss, batches[step % len(batches)])
                step += 1

        run(warmup)
        rates = []
        for _ in range(repeats):
            start = time.perf_counter()
            run(args.bench_steps)
            rates.append(args.bench_steps * a.batch / (time.perf_counter() - start))
        medians[k] = statistics.median(rates)
        print(f"bench {device} k={k} ({objective}), batch {a.batch}: median {medians[k]:8.0f} images/s "
              f"(runs: {', '.join(f'{r:.0f}' for r in rates)}; {args.bench_steps} steps each, "
              f"{torch.get_num_threads()} threads, torch {torch.__version__})", flush=True)
    return medians


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--arch", help="a wgvae config.json (or architecture JSON): train its layers, built by "
                   "bench/load_wgvae_checkpoint.py's generic module, instead of the MLP")
    p.add_argument("--hidden", default="400", help="encoder hidden widths, comma-separated; decoder reversed")
    p.add_argument("--latent", type=int, default=20)
    p.add_argument("--activation", choices=["relu", "tanh"], default="relu")
    p.add_argument("--objective", choices=["elbo", "iwae"], default="elbo")
    p.add_argument("--k", type=int, default=5, help="samples per image for --objective iwae")
    p.add_argument("--epochs", type=int, default=10)
    p.add_argument("--batch", type=int, default=128)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--seeds", help="comma-separated seeds: train once per seed, then summarize")
    p.add_argument("--threads", type=int, default=2, help="torch.set_num_threads (the machine has 2 cores)")
    p.add_argument("--data", type=Path, default=DATA, help="folder with the bundled MNIST IDX files")
    p.add_argument("--save", type=Path, help="write DIR/model.safetensors + DIR/config.json (DIR/seed-N with --seeds)")
    p.add_argument("--bench", action="store_true", help="measure training images/s for k=1 and k=5 instead")
    p.add_argument("--bench-steps", type=int, default=300, help="timed steps per repeat in --bench")
    args = p.parse_args()
    args.hidden = [int(h) for h in args.hidden.split(",") if h]
    if args.arch:
        args.latent = architecture_config(args.arch)["architecture"]["latent"]
    torch.set_num_threads(args.threads)

    train_x = load_idx_images(args.data / "mnist-train-images-idx3-ubyte.gz")
    if args.bench:
        bench(args, train_x)
        return
    test_x = load_idx_images(args.data / "mnist-test-images-idx3-ubyte.gz")
    # Binarized once, with a fixed seed: the same held-out set for every epoch, seed and run.
    test_bin = torch.bernoulli(test_x, generator=torch.Generator().manual_seed(TEST_BINARIZE_SEED))

    seeds = [int(s) for s in args.seeds.split(",")] if args.seeds else [args.seed]
    finals = []
    for seed in seeds:
        model, score = train(args, seed, train_x, test_bin)
        finals.append(score)
        if args.save:
            save(model, args, args.save / f"seed-{seed}" if len(seeds) > 1 else args.save)
    if len(seeds) > 1:
        for seed, score in zip(seeds, finals):
            print(f"seed {seed}: final held-out ELBO {score:.3f} nats")
        print(f"mean {statistics.mean(finals):.3f} ± {statistics.stdev(finals):.3f} nats "
              f"(sample std over {len(seeds)} seeds)")


if __name__ == "__main__":
    main()
