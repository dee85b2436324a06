#!/usr/bin/env python3
"""Load a wgvae checkpoint (config.json + model.safetensors) into PyTorch and score it.

    pip install torch numpy safetensors
    python3 bench/load_wgvae_checkpoint.py runs/mnist [--data data/mnist-test-images-idx3-ubyte.gz]

Prints the held-out ELBO in nats: one z sample per image, analytic KL.
"""
import argparse
import gzip
import json
import math
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from safetensors.torch import load_file


class VAE(nn.Module):
    """nn.Linear layers named as the checkpoint's tensors: enc.{i}, enc_mu, enc_logvar, dec.{i}, then
    dec_out (Bernoulli logits) or dec_mu and dec_logvar (Gaussian)."""

    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        d, hidden, latent = cfg["input_dim"], cfg["hidden"], cfg["latent"]
        w = [d, *hidden]
        self.enc = nn.ModuleList(nn.Linear(a, b) for a, b in zip(w, w[1:]))
        self.enc_mu, self.enc_logvar = nn.Linear(w[-1], latent), nn.Linear(w[-1], latent)
        w = [latent, *reversed(hidden)]  # the decoder mirrors the encoder
        self.dec = nn.ModuleList(nn.Linear(a, b) for a, b in zip(w, w[1:]))
        if cfg["likelihood"] == "bernoulli":
            self.dec_out = nn.Linear(w[-1], d)
        else:
            self.dec_mu, self.dec_logvar = nn.Linear(w[-1], d), nn.Linear(w[-1], d)
        self.act = {"relu": torch.relu, "tanh": torch.tanh}[cfg["activation"]]

    def encode(self, x):
        for layer in self.enc:
            x = self.act(layer(x))
        return self.enc_mu(x), self.enc_logvar(x)

    def log_px(self, x, z):
        """log p(x|z), summed over pixels."""
        for layer in self.dec:
            z = self.act(layer(z))
        if self.cfg["likelihood"] == "bernoulli":
            logits = self.dec_out(z)
            return (x * logits - F.softplus(logits)).sum(-1)
        # wgvae's Gaussian head: mean through a sigmoid (or not, "gaussian_mean": "identity"),
        # log-variance kept above the floor smoothly.
        floor = self.cfg["logvar_floor"]
        mean = self.dec_mu(z)
        if self.cfg.get("gaussian_mean", "sigmoid") == "sigmoid":
            mean = torch.sigmoid(mean)
        logvar = floor + F.softplus(self.dec_logvar(z) - floor)
        return -0.5 * (math.log(2 * math.pi) + logvar + (x - mean) ** 2 * torch.exp(-logvar)).sum(-1)


def load(checkpoint):
    cfg = json.loads((Path(checkpoint) / "config.json").read_text())
    model = VAE(cfg)
    model.load_state_dict(load_file(str(Path(checkpoint) / "model.safetensors")), strict=True)
    return model.eval()


def load_idx_images(path):
    """u8 IDX images (magic 0x803, big-endian u32 dims), gzipped or raw -> float32 [N, rows*cols] in [0, 1]."""
    raw = (gzip.open if str(path).endswith(".gz") else open)(path, "rb").read()
    magic, n, rows, cols = np.frombuffer(raw[:16], dtype=">u4")
    assert magic == 0x803, f"{path}: not an IDX u8 image file"
    pixels = np.frombuffer(raw[16:], np.uint8, n * rows * cols).reshape(n, rows * cols)
    return torch.from_numpy(pixels.astype(np.float32) / 255)


@torch.no_grad()
def held_out_elbo(model, x):
    # Fixed seeds, the same as bench/pytorch_vae.py's evaluation, so both print the same number.
    if model.cfg["likelihood"] == "bernoulli":
        x = torch.bernoulli(x, generator=torch.Generator().manual_seed(1234))  # Gaussian: raw [0, 1]
    mu, logvar = model.encode(x)
    z = mu + torch.exp(0.5 * logvar) * torch.randn(mu.shape, generator=torch.Generator().manual_seed(5678))
    kl = -0.5 * (1 + logvar - mu**2 - logvar.exp()).sum(-1)
    return (model.log_px(x, z) - kl).mean().item()


if __name__ == "__main__":
    p = argparse.ArgumentParser(description="held-out ELBO of a wgvae checkpoint, in PyTorch")
    p.add_argument("checkpoint", help="folder with config.json and model.safetensors")
    p.add_argument("--data", default=Path(__file__).resolve().parent.parent / "data/mnist-test-images-idx3-ubyte.gz")
    args = p.parse_args()
    model = load(args.checkpoint)
    x = load_idx_images(args.data)
    print(f"held-out ELBO: {held_out_elbo(model, x):.3f} nats ({len(x)} images, {args.checkpoint})")
