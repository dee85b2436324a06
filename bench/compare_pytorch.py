#!/usr/bin/env python3
"""Training throughput of wgvae and PyTorch side by side, measured in one run on this machine.

It installs nothing itself. To run it (from the repository root, after `cargo build --release`):

    pip install torch numpy
    python3 bench/compare_pytorch.py                      # wgvae's default adapter vs PyTorch
    python3 bench/compare_pytorch.py --wgvae-args="--adapter llvmpipe"
    python3 bench/compare_pytorch.py --arch conv          # the conv preset (or mlp, or FILE.json)

The same model (by default 784-400-20, ReLU; with --arch the layers wgvae builds for it,
which PyTorch builds from the config.json wgvae writes; Bernoulli, Adam, batch 128, dynamic
binarization) at k = 1 (ELBO) and k = 5 (IWAE): wgvae through `wgvae bench train --json`, PyTorch through
bench/pytorch_vae.py's bench on the CPU (with --threads threads) and, when present, on CUDA or MPS.
The two run one after the other, so on a shared machine compare ratios from one run, not
figures from different runs.
"""
import argparse
import json
import shlex
import subprocess
import tempfile
from pathlib import Path

import torch

from pytorch_vae import DATA, bench, load_idx_images

ROOT = Path(__file__).resolve().parent.parent


def wgvae_bench(binary, extra, steps, arch):
    command = [str(binary), "bench", "train", "--json", "--k", "1,5", "--steps", str(steps), "--arch", arch,
               *shlex.split(extra)]
    out = subprocess.run(command, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{out.stderr}")
    report = json.loads(out.stdout)
    rates = {r["samples"]: r["images_per_second"] for r in report["results"]}
    return report["adapter"], report["model"], report["architecture"], rates


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--wgvae", type=Path, default=ROOT / "target/release/wgvae", help="the wgvae binary")
    p.add_argument("--wgvae-args", default="", help="extra options for `wgvae bench train`, e.g. --adapter NAME")
    p.add_argument("--threads", type=int, default=torch.get_num_threads(), help="PyTorch CPU threads")
    p.add_argument("--steps", type=int, default=60, help="timed steps per repeat (wgvae)")
    p.add_argument("--bench-steps", type=int, default=300, help="timed steps per repeat (PyTorch)")
    p.add_argument("--arch", default="mlp", help="mlp, conv or a FILE.json, as for wgvae train")
    args = p.parse_args()

    adapter, model, architecture, wgvae = wgvae_bench(args.wgvae, args.wgvae_args, args.steps, args.arch)
    torch.set_num_threads(args.threads)
    # PyTorch builds the layers wgvae ran, from the architecture its report gives.
    arch_file = Path(tempfile.mkdtemp(prefix="wgvae-arch-")) / "architecture.json"
    arch_file.write_text(json.dumps(architecture))
    model_args = argparse.Namespace(hidden=[400], latent=architecture["latent"], activation="relu", batch=128,
                                    lr=1e-3, bench_steps=args.bench_steps, arch=str(arch_file))
    train_x = load_idx_images(DATA / "mnist-train-images-idx3-ubyte.gz")
    columns = [(f"PyTorch CPU ({args.threads} threads)", bench(model_args, train_x, "cpu"))]
    for device, present in (("cuda", torch.cuda.is_available()), ("mps", torch.backends.mps.is_available())):
        if present:
            columns.append((f"PyTorch {device}", bench(model_args, train_x, device)))

    print(f"\n{model}: wgvae on {adapter}; PyTorch {torch.__version__}; images/s, batch 128")
    header = f"{'k':<4} {'wgvae':>10}" + "".join(f" {name:>26} {'wgvae / it':>11}" for name, _ in columns)
    print(header)
    for k in (1, 5):
        row = f"{k:<4} {wgvae[k]:>10.0f}"
        for _, rates in columns:
            row += f" {rates[k]:>26.0f} {wgvae[k] / rates[k]:>11.2f}"
        print(row)


if __name__ == "__main__":
    main()
