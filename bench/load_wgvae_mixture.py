#!/usr/bin/env python3
"""Load a mixture written by `wgvae gmm` (config.json + model.safetensors) into PyTorch and score it.

    pip install torch numpy safetensors
    python3 bench/load_wgvae_mixture.py runs/gmm [--data data/mnist-test-images-idx3-ubyte.gz]

Prints the exact mean log p(x) in nats per image of the data (pixels / 255), computed by
torch.distributions, beside the held-out figure wgvae wrote into config.json.
"""
import argparse
import json
from pathlib import Path

import torch
from safetensors.torch import load_file
from torch.distributions import Categorical, Independent, MixtureSameFamily, Normal

from load_wgvae_checkpoint import load_idx_images


def main():
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser()
    parser.add_argument("mixture", help="a folder written by wgvae gmm")
    parser.add_argument("--data", default=root / "data/mnist-test-images-idx3-ubyte.gz")
    args = parser.parse_args()
    cfg = json.loads((Path(args.mixture) / "config.json").read_text())
    assert cfg["model"] == "gaussian_mixture" and cfg["covariance"] == "diagonal", cfg
    t = load_file(Path(args.mixture) / "model.safetensors")
    mixture = MixtureSameFamily(
        Categorical(probs=t["weights"].double()),
        Independent(Normal(t["means"].double(), t["variances"].double().sqrt()), 1),
    )
    x = load_idx_images(args.data).double()
    log_px = mixture.log_prob(x).mean().item()
    print(f"PyTorch: exact log p(x) {log_px:.3f} nats/image over {len(x)} images of {args.data}")
    print(f"wgvae's config.json: held-out {cfg['heldout_log_likelihood']}, training {cfg['log_likelihood']}")


if __name__ == "__main__":
    main()
