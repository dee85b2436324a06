#!/usr/bin/env python3
"""Load any wgvae checkpoint (config.json + model.safetensors) into PyTorch and score it.

    pip install torch numpy safetensors    (safetensors optional: without it the file is read with numpy)
    python3 bench/load_wgvae_checkpoint.py runs/mnist [--data data/mnist-test-images-idx3-ubyte.gz]

Prints the held-out ELBO in nats (and bits per dimension for the discretized logistic): one z
sample per image, analytic KL. --data takes an IDX images file, a uint8 .npy array of images
(as `wgvae data convert` writes any source) or a CIFAR-10/100 binary file.
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

try:
    from safetensors.torch import load_file
except ImportError:  # The format is simple enough to read with numpy: torch and numpy suffice.

    def load_file(path):
        """A safetensors file's tensors: a little-endian u64 header length, the JSON header
        (name -> dtype, shape, data_offsets into what follows), then the data."""
        raw = Path(path).read_bytes()
        length = int.from_bytes(raw[:8], "little")
        header, data = json.loads(raw[8 : 8 + length]), raw[8 + length :]
        dtypes = {"F32": "<f4", "F64": "<f8", "F16": "<f2", "I64": "<i8", "I32": "<i4", "U8": "u1"}
        tensors = {}
        for name, t in header.items():
            if name == "__metadata__":
                continue
            start, end = t["data_offsets"]
            array = np.frombuffer(data[start:end], dtypes[t["dtype"]]).reshape(t["shape"])
            tensors[name] = torch.from_numpy(array.copy())
        return tensors



class Residual(nn.Module):
    """wgvae's residual block: shortcut(x) + body(x), the shortcut the identity where the config
    gives none. Its parameters are body.<j>.* and shortcut.<j>.*."""

    def __init__(self, body, shortcut=()):
        super().__init__()
        self.body = nn.Sequential(*map(layer, body))
        self.shortcut = nn.Sequential(*map(layer, shortcut))  # empty: the identity

    def forward(self, x):
        return self.shortcut(x) + self.body(x)


def layer(spec):
    """The torch.nn module a config layer names: its type is the class, the rest its arguments."""
    args = {k: v for k, v in spec.items() if k != "type"}
    if spec["type"] == "Unflatten":
        return nn.Unflatten(1, tuple(args["unflattened_size"]))
    if spec["type"] == "Residual":
        return Residual(**args)
    return getattr(nn, spec["type"])(**args)


def v1_architecture(cfg):
    """Format version 1 (an MLP given by its widths) as the layers of version 2."""
    act = {"relu": "ReLU", "tanh": "Tanh"}[cfg["activation"]]
    outputs = 1 if cfg["likelihood"] == "bernoulli" else 2
    d, hidden, latent = cfg["input_dim"], cfg["hidden"], cfg["latent"]
    enc, dec, w = [{"type": "Flatten"}], [], d
    for h in hidden:
        enc += [{"type": "Linear", "in_features": w, "out_features": h}, {"type": act}]
        w = h
    w = latent
    for h in reversed(hidden):
        dec += [{"type": "Linear", "in_features": w, "out_features": h}, {"type": act}]
        w = h
    dec.append({"type": "Linear", "in_features": w, "out_features": d * outputs})
    return {"input": [1, *cfg["image_shape"]], "encoder": enc, "latent": latent, "decoder": dec}


def v1_state_dict(cfg, state):
    """Version 1's tensor names (enc.{i}, enc_mu, enc_logvar, dec.{i}, dec_out | dec_mu + dec_logvar)
    as version 2's (encoder.{position}, mu, logvar, decoder.{position})."""
    n, out = len(cfg["hidden"]), {}
    for part in ("weight", "bias"):
        for i in range(n):
            out[f"encoder.{2 * i + 1}.{part}"] = state[f"enc.{i}.{part}"]
            out[f"decoder.{2 * i}.{part}"] = state[f"dec.{i}.{part}"]
        out[f"mu.{part}"], out[f"logvar.{part}"] = state[f"enc_mu.{part}"], state[f"enc_logvar.{part}"]
        if cfg["likelihood"] == "bernoulli":
            out[f"decoder.{2 * n}.{part}"] = state[f"dec_out.{part}"]
        else:
            out[f"decoder.{2 * n}.{part}"] = torch.cat([state[f"dec_mu.{part}"], state[f"dec_logvar.{part}"]])
    return out


class VAE(nn.Module):
    """The module any config.json describes, built from its layers with no per-architecture code:
    encoder and decoder are nn.Sequential of the listed torch.nn layers, mu and logvar the two
    Linear heads on the encoder's flat output. The decoder's output, flattened channel-first, is
    the Bernoulli logits, or the Gaussian's (or discretized logistic's) means then its raw
    log-variances (log-scales)."""

    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        arch = cfg["architecture"] if cfg["format_version"] >= 2 else v1_architecture(cfg)
        self.input = arch["input"]
        self.encoder = nn.Sequential(*map(layer, arch["encoder"]))
        with torch.no_grad():
            features = self.encoder(torch.zeros(1, *self.input)).shape[1]
        self.mu = nn.Linear(features, arch["latent"])
        self.logvar = nn.Linear(features, arch["latent"])
        self.decoder = nn.Sequential(*map(layer, arch["decoder"]))

    def encode(self, x):
        """(mu, logvar) of q(z|x) for flat images x [n, C*H*W] in [0, 1]."""
        h = self.encoder(x.reshape(len(x), *self.input))
        return self.mu(h), self.logvar(h)

    def decode(self, z):
        """The decoder's raw outputs, flat channel-first, for z [..., latent]."""
        lead = z.shape[:-1]
        return self.decoder(z.reshape(-1, z.shape[-1])).reshape(*lead, -1)

    def log_px(self, x, z):
        """log p(x|z), summed over the C*H*W values of each flat image."""
        raw = self.decode(z)
        likelihood = self.cfg["likelihood"]
        if likelihood == "bernoulli":
            return (x * raw - F.softplus(raw)).sum(-1)
        # wgvae's two-output head: mean through a sigmoid (or not, "gaussian_mean": "identity"),
        # log-variance (log-scale) kept above its floor smoothly.
        d = x.shape[1]
        mean, raw_spread = raw[:, :d], raw[:, d:]
        if self.cfg.get("gaussian_mean", "sigmoid") == "sigmoid":
            mean = torch.sigmoid(mean)
        if likelihood == "logistic":
            floor = self.cfg["log_scale_floor"]
            return discretized_logistic_log_prob(x, mean, floor + F.softplus(raw_spread - floor)).sum(-1)
        floor = self.cfg["logvar_floor"]
        logvar = floor + F.softplus(raw_spread - floor)
        return -0.5 * (math.log(2 * math.pi) + logvar + (x - mean) ** 2 * torch.exp(-logvar)).sum(-1)


def discretized_logistic_log_prob(x, mean, log_scale):
    """log P(x) of 8-bit values x = k / 255 under a logistic of (mean, log_scale) discretized to the
    256 bins of width 1/255, the edge bins taking the tails (Salimans et al. 2017, PixelCNN++'s
    discretized_logistic_log_likelihood without the mixture, on [0, 1] instead of [-1, 1]).
    Written independently of wgvae's kernel, as PixelCNN++ does it: the difference of the two
    CDFs, in float64, with PixelCNN++'s fallback to the density at the bin's centre where that
    difference underflows."""
    x, mean, log_scale = x.double(), mean.double(), log_scale.double()
    half = 0.5 / 255
    inv_s = torch.exp(-log_scale)
    centred = x - mean
    cdf_plus = torch.sigmoid(inv_s * (centred + half))
    cdf_min = torch.sigmoid(inv_s * (centred - half))
    log_cdf_plus = inv_s * (centred + half) - F.softplus(inv_s * (centred + half))  # log sigmoid, bin 0
    log_one_minus_cdf_min = -F.softplus(inv_s * (centred - half))  # log (1 - sigmoid), bin 255
    cdf_delta = cdf_plus - cdf_min
    mid = inv_s * centred
    log_pdf_mid = mid - log_scale - 2.0 * F.softplus(mid) + math.log(2 * half)  # density times bin width
    interior = torch.where(cdf_delta > 1e-12, torch.log(torch.clamp(cdf_delta, min=1e-300)), log_pdf_mid)
    k = torch.round(x * 255)
    return torch.where(k < 0.5, log_cdf_plus, torch.where(k > 254.5, log_one_minus_cdf_min, interior))


def load(checkpoint):
    """The checkpoint's module, its weights loaded with strict=True (format version 1 or 2)."""
    cfg = json.loads((Path(checkpoint) / "config.json").read_text())
    model = VAE(cfg)
    state = load_file(str(Path(checkpoint) / "model.safetensors"))
    if cfg["format_version"] == 1:
        state = v1_state_dict(cfg, state)
    model.load_state_dict(state, strict=True)
    return model.eval()


def load_idx_images(path):
    """u8 IDX images (magic 0x803, big-endian u32 dims), gzipped or raw -> float32 [N, rows*cols] in [0, 1]."""
    raw = (gzip.open if str(path).endswith(".gz") else open)(path, "rb").read()
    magic, n, rows, cols = np.frombuffer(raw[:16], dtype=">u4")
    assert magic == 0x803, f"{path}: not an IDX u8 image file"
    pixels = np.frombuffer(raw[16:], np.uint8, n * rows * cols).reshape(n, rows * cols)
    return torch.from_numpy(pixels.astype(np.float32) / 255)


def load_images(path):
    """Images as float32 [N, C*H*W] in [0, 1], channel planes first (wgvae's and PyTorch's order),
    from an IDX file, a uint8 .npy array ([N, H, W], [N, H, W, C] or [N, C, H, W]: the channel
    axis is the one of at most 4 entries, as wgvae reads it) or a CIFAR-10/100 binary file."""
    path = str(path)
    if path.endswith(".npy"):
        a = np.load(path)
        if a.dtype != np.uint8:
            a = np.rint(a.astype(np.float64) * 255).astype(np.uint8)
        if a.ndim == 4 and a.shape[3] <= 4 < a.shape[1]:
            a = a.transpose(0, 3, 1, 2)
        return torch.from_numpy(np.ascontiguousarray(a).reshape(len(a), -1).astype(np.float32) / 255)
    if path.endswith(".bin"):
        raw = np.fromfile(path, np.uint8)
        # CIFAR-10 records are 1 label byte + 3072 pixels, CIFAR-100's 2 + 3072.
        record = 3073 if len(raw) % 3073 == 0 else 3074
        pixels = raw.reshape(-1, record)[:, record - 3072 :]
        return torch.from_numpy(pixels.astype(np.float32) / 255)
    return load_idx_images(path)


@torch.no_grad()
def held_out_elbo(model, x):
    # Fixed seeds, the same as bench/pytorch_vae.py's evaluation, so both print the same number.
    if model.cfg["likelihood"] == "bernoulli":
        x = torch.bernoulli(x, generator=torch.Generator().manual_seed(1234))  # Gaussian: raw [0, 1]
    mu, logvar = model.encode(x)
    z = mu + torch.exp(0.5 * logvar) * torch.randn(mu.shape, generator=torch.Generator().manual_seed(5678))
    kl = -0.5 * (1 + logvar - mu**2 - logvar.exp()).sum(-1)
    return (model.log_px(x, z) - kl).mean().item()


def bits_per_dim(nats, dims):
    """-log p / (D ln 2): bits per dimension of a log-likelihood in nats of D values."""
    return -nats / (dims * math.log(2))


if __name__ == "__main__":
    p = argparse.ArgumentParser(description="held-out ELBO of a wgvae checkpoint, in PyTorch")
    p.add_argument("checkpoint", help="folder with config.json and model.safetensors")
    p.add_argument("--data", default=Path(__file__).resolve().parent.parent / "data/mnist-test-images-idx3-ubyte.gz")
    args = p.parse_args()
    model = load(args.checkpoint)
    x = load_images(args.data)
    elbo = held_out_elbo(model, x)
    bits = f", {bits_per_dim(elbo, x.shape[1]):.4f} bits/dim" if model.cfg["likelihood"] == "logistic" else ""
    print(f"held-out ELBO: {elbo:.3f} nats{bits} ({len(x)} images, {args.checkpoint})")
