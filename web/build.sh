#!/usr/bin/env bash
# Builds the page's WebAssembly into web/pkg: the library for wasm32, then wasm-bindgen's
# JavaScript glue. Installs the wasm32 target and wasm-bindgen-cli at the version
# web/Cargo.toml pins, where they are missing. Then serve this folder with any static server:
#   python3 -m http.server --directory web 8000    (and open http://localhost:8000)
set -euo pipefail
cd "$(dirname "$0")"
version=$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' Cargo.toml)
rustup target add wasm32-unknown-unknown
if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$version" ]; then
    # Not --locked: a dependency the lock pins is missing from some registry mirrors.
    cargo install wasm-bindgen-cli --version "$version" --no-default-features
fi
cargo build --release --target wasm32-unknown-unknown
wasm-bindgen --target web --no-typescript --out-dir pkg target/wasm32-unknown-unknown/release/wgvae_web.wasm
echo "web/build.sh: built web/pkg ($(du -h pkg/wgvae_web_bg.wasm | cut -f1) of WebAssembly)"
