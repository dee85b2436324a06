#!/usr/bin/env python3
"""Colour training data from real photographs: 32x32 patches cut from the photographs that
scikit-image ships (skimage.data), written as a folder of PNG files in torchvision's
ImageFolder layout, one subfolder per photograph, so that the photograph is each patch's label:

    pip install scikit-image
    python3 data/make_photo_patches.py --out /tmp/photo-patches
    # /tmp/photo-patches/train/<photo>/00000.png …, /tmp/photo-patches/test/<photo>/…

Each photograph is split by columns: patches for training come from its left 80%, held-out
patches from the right 20%, so no held-out pixel was seen in training. Patch positions are
drawn with a fixed seed, so the folder is the same on every machine with the same
scikit-image. No patch is written over another photograph's: the subfolders are disjoint.
"""
import argparse
from pathlib import Path

import numpy as np
import skimage
import skimage.data
import skimage.io

# Photographs in skimage.data (colour, each at least 300 pixels on a side); chelsea is the cat.
PHOTOS = ["astronaut", "chelsea", "coffee", "hubble_deep_field", "immunohistochemistry", "retina", "rocket"]


def patches(photo, count, side, rng):
    h, w, _ = photo.shape
    ys = rng.integers(0, h - side + 1, count)
    xs = rng.integers(0, w - side + 1, count)
    return [photo[y:y + side, x:x + side] for y, x in zip(ys, xs)]


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--side", type=int, default=32)
    p.add_argument("--train-per-photo", type=int, default=1000)
    p.add_argument("--test-per-photo", type=int, default=150)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args()
    rng = np.random.default_rng(args.seed)
    for name in PHOTOS:
        photo = getattr(skimage.data, name)()[..., :3]
        cut = int(photo.shape[1] * 0.8)
        for split, part, count in [("train", photo[:, :cut], args.train_per_photo),
                                   ("test", photo[:, cut:], args.test_per_photo)]:
            folder = args.out / split / name
            folder.mkdir(parents=True, exist_ok=True)
            for i, patch in enumerate(patches(part, count, args.side, rng)):
                skimage.io.imsave(folder / f"{i:05d}.png", np.ascontiguousarray(patch), check_contrast=False)
    print(f"wrote {args.out}: {len(PHOTOS)} photographs (scikit-image {skimage.__version__}), "
          f"{args.train_per_photo} training and {args.test_per_photo} held-out {args.side}x{args.side} patches each")


if __name__ == "__main__":
    main()
