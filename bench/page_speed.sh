#!/usr/bin/env bash
# images/s of the default model (784-400-20 MLP, Bernoulli, batch 128, the 9,000 bundled digits)
# in the page in headless Chromium (WebGPU on SwiftShader), natively on SwiftShader and natively
# on lavapipe, all on this machine: the second epoch of a 2-epoch run (the first holds the
# shader compilation), in ROUNDS interleaved rounds (default 3), so a slow patch of a shared
# machine lands on all three alike. Needs the page built (web/build.sh), the release binary,
# chromium, chromium-driver and python3-selenium (as .ci/run installs). Prints a line per run
# and the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-3}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
work=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
python3 -m http.server 0 --bind 127.0.0.1 --directory web > "$work/server.log" 2>&1 &
server=$!
sleep 1
port=$(sed -n 's/.* port \([0-9]*\) .*/\1/p' "$work/server.log" | head -1)
echo '[{"set": {"digits-count": 9000, "epochs": 2}}, {"click": "train"},
       {"wait": "state.epochs.length >= 2 && !state.busy", "seconds": 600}]' > "$work/plan.json"
swiftshader=$(dpkg -L chromium-common | grep -m1 vk_swiftshader_icd.json)
lavapipe=$(dpkg -L mesa-vulkan-drivers | grep -m1 lvp_icd)
native() {  # the second epoch's images/s of `wgvae train --epochs 2` on the ICD $1
    rm -rf "$work/run"
    VK_ICD_FILENAMES=$1 WGPU_BACKEND=vulkan target/release/wgvae train --epochs 2 --no-pictures --out "$work/run" > /dev/null
    python3 -c "import csv,sys; print(round(float(list(csv.DictReader(open(sys.argv[1])))[1]['images_per_second'])))" "$work/run/metrics.csv"
}
for round in $(seq "$rounds"); do
    page=$(/usr/bin/python3 web/check_page.py "http://127.0.0.1:$port/index.html" "$work/page.png" "$work/plan.json" |
        python3 -c "import json,sys; s=json.load(sys.stdin); assert not s.get('planError'), s; print(round(s['epochs'][1]['imagesPerSecond']))")
    echo "round $round: Chromium (WebGPU, SwiftShader) $page, native SwiftShader $(native "$swiftshader"), native lavapipe $(native "$lavapipe") images/s"
done | tee "$work/rounds"
python3 - "$work/rounds" <<'PY'
import re, statistics, sys
rows = [list(map(int, re.findall(r" (\d+)(?:,| images)", line))) for line in open(sys.argv[1])]
names = ["Chromium (WebGPU, SwiftShader)", "native SwiftShader", "native lavapipe"]
for i, name in enumerate(names):
    values = sorted(r[i] for r in rows)
    print(f"median {name}: {statistics.median(values):.0f} images/s ({values[0]} - {values[-1]})")
PY
