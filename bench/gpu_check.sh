#!/usr/bin/env bash
# Checks and times wgvae on a machine with a hardware GPU, in one command and under 10 minutes:
# the kernel, gradient, training-step and estimator tests against the GPU's adapter and against
# lavapipe where it is installed, `wgvae bench tune` and `wgvae bench --json` (the autotune's
# choices, then every figure) on each, and PyTorch's throughput beside wgvae's where torch sees
# CUDA or MPS. Everything goes into one report folder: report.json, summary.md, and each
# command's own output.
#
# Two ways to run it (docs/performance.md):
#   From a checkout, with Rust:  bench/gpu_check.sh [--out DIR] [--quick]
#   Without Rust on the GPU machine: on any x86-64 Linux machine with Rust, from a checkout,
#       bench/gpu_check.sh --pack DIR        # builds, then DIR/ and DIR.tar.gz hold what is needed
#   copy DIR.tar.gz over, then there:
#       tar xzf wgvae-gpu-check.tar.gz && wgvae-gpu-check/bench/gpu_check.sh [--out DIR] [--quick]
#
# Options: --out DIR (default gpu-check-<date>), --quick (bench --quick: a smoke test of every
# part, not a measurement), --no-lavapipe (the hardware adapter only).
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
tests=(kernels matmul gradients train_step estimators)
out=""
quick=0
lavapipe=1
pack=""
while [ $# -gt 0 ]; do
    case "$1" in
        --out) out="$2"; shift 2 ;;
        --quick) quick=1; shift ;;
        --no-lavapipe) lavapipe=0; shift ;;
        --pack) pack="$2"; shift 2 ;;
        -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "gpu_check.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

# The test binaries of `cargo test --release --no-run`, as "name path" lines.
built_tests() {
    (cd "$root" && cargo test --release --no-run 2>&1) |
        sed -n 's/.*Executable tests\/\([a-z_]*\)\.rs (\(.*\))$/\1 \2/p'
}

if [ -n "$pack" ]; then
    command -v cargo >/dev/null || { echo "gpu_check.sh --pack needs cargo (Rust)" >&2; exit 1; }
    (cd "$root" && cargo build --release) || exit 1
    listing="$(built_tests)"
    rm -rf "$pack" && mkdir -p "$pack/bin/tests" "$pack/bench" "$pack/data" || exit 1
    cp "$root/target/release/wgvae" "$pack/bin/"
    for t in "${tests[@]}"; do
        path="$(echo "$listing" | awk -v t="$t" '$1 == t { print $2 }')"
        [ -n "$path" ] || { echo "gpu_check.sh: no test binary for tests/$t.rs" >&2; exit 1; }
        cp "$root/$path" "$pack/bin/tests/$t" 2>/dev/null || cp "$path" "$pack/bin/tests/$t"
    done
    # Line tables are for backtraces here; without them the archive is a fifth of the size.
    if command -v strip >/dev/null; then strip --strip-debug "$pack/bin/wgvae" "$pack"/bin/tests/*; fi
    cp "$here"/gpu_check.sh "$here"/compare_pytorch.py "$here"/pytorch_vae.py "$pack/bench/"
    cp "$root"/data/*.gz "$pack/data/"
    tar -czf "$pack.tar.gz" -C "$(dirname "$pack")" "$(basename "$pack")"
    echo "packed $pack/ and $pack.tar.gz ($(du -h "$pack.tar.gz" | cut -f1)): copy it to the GPU machine, then"
    echo "  tar xzf $(basename "$pack").tar.gz && $(basename "$pack")/bench/gpu_check.sh"
    exit 0
fi

# The binaries: a pack's (bin/ beside bench/), else built here.
declare -A test_bin
if [ -x "$root/bin/wgvae" ]; then
    wgvae="$root/bin/wgvae"
    for t in "${tests[@]}"; do test_bin[$t]="$root/bin/tests/$t"; done
    how="prebuilt binaries ($root/bin)"
else
    command -v cargo >/dev/null || { echo "gpu_check.sh: no cargo and no packed binaries in $root/bin (see --help)" >&2; exit 1; }
    echo "building (cargo build --release, cargo test --release --no-run) …"
    (cd "$root" && cargo build --release) || exit 1
    wgvae="$root/target/release/wgvae"
    listing="$(built_tests)"
    for t in "${tests[@]}"; do
        path="$(echo "$listing" | awk -v t="$t" '$1 == t { print $2 }')"
        [ -n "$path" ] || { echo "gpu_check.sh: no test binary for tests/$t.rs" >&2; exit 1; }
        case "$path" in /*) test_bin[$t]="$path" ;; *) test_bin[$t]="$root/$path" ;; esac
    done
    how="built from $root at $(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo '?')"
fi

out="${out:-gpu-check-$(date -u +%Y-%m-%d_%H-%M-%S)}"
mkdir -p "$out" || exit 1
out="$(cd "$out" && pwd)"
export WGVAE_DATA_DIR="$root/data"
# A private runtime directory for Mesa's window-system code (quiet), a private autotune cache
# (every choice measured in this run), and the machine's own Mesa shader cache.
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$out/.runtime}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export WGVAE_CACHE_DIR="$out/.autotune"
unset WGPU_BACKEND WGPU_ADAPTER_NAME
started=$(date +%s)

# The adapters to check: each hardware GPU on Vulkan, Metal or DX12 (the first per name), and
# lavapipe on Vulkan.
"$wgvae" adapters > "$out/adapters.txt" 2>&1 || { cat "$out/adapters.txt"; exit 1; }
cat "$out/adapters.txt"
"$wgvae" adapters --json > "$out/adapters.json" 2>> "$out/adapters.txt" || { cat "$out/adapters.txt"; exit 1; }
field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" <<< "$2"; }
targets=()
seen=""
while IFS= read -r row; do
    backend="$(field backend "$row")"
    type="$(field device_type "$row")"
    name="$(field name "$row")"
    case "$backend:$type" in
        Vulkan:DiscreteGpu|Vulkan:IntegratedGpu|Metal:*Gpu|Dx12:DiscreteGpu|Dx12:IntegratedGpu)
            case "$seen" in *"|$name|"*) continue ;; esac
            seen="$seen|$name|"
            targets+=("$backend|$name") ;;
        Vulkan:Cpu)
            if [ $lavapipe = 1 ] && [[ "$name" == llvmpipe* ]]; then targets+=("$backend|$name"); fi ;;
    esac
done < "$out/adapters.json"
if [ ${#targets[@]} = 0 ]; then
    echo "gpu_check.sh: no hardware GPU on Vulkan, Metal or DX12 and no lavapipe among the adapters above" >&2
    exit 1
fi
hardware=0
for t in "${targets[@]}"; do [[ "${t#*|}" == llvmpipe* ]] || hardware=$((hardware + 1)); done
[ $hardware = 0 ] && echo "note: no hardware GPU found; checking lavapipe alone"

json_escape() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
adapters_json=()
summary="$out/summary.md"
{
    echo "# wgvae GPU check, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "Host $(hostname), $(nproc) cores; wgvae $("$wgvae" --version | cut -d' ' -f2), $how."
    [ $quick = 1 ] && echo "bench --quick: every part at toy sizes, a smoke test, not a measurement."
} > "$summary"

for target in "${targets[@]}"; do
    backend="${target%%|*}"
    name="${target#*|}"
    slug="$(echo "$name" | tr 'A-Z' 'a-z' | sed 's/[^a-z0-9]\{1,\}/-/g; s/^-//; s/-$//')"
    dir="$out/$slug"
    mkdir -p "$dir"
    export WGPU_BACKEND="$backend" WGPU_ADAPTER_NAME="$name"
    echo
    echo "== $name ($backend) =="
    { echo; echo "## $name ($backend)"; echo; echo "| tests | passed | failed | seconds | result |"; echo "|---|---|---|---|---|"; } >> "$summary"
    tests_json=()
    all_passed=0
    all_failed=0
    for t in "${tests[@]}"; do
        t0=$(date +%s%N)
        timeout 420 "${test_bin[$t]}" > "$dir/test-$t.txt" 2>&1
        rc=$?
        ms=$(( ($(date +%s%N) - t0) / 1000000 ))
        secs="$((ms / 1000)).$((ms % 1000 / 100))"
        passed=$(sed -n 's/^test result: .* \([0-9]*\) passed.*/\1/p' "$dir/test-$t.txt" | tail -1)
        failed=$(sed -n 's/^test result: .* \([0-9]*\) failed.*/\1/p' "$dir/test-$t.txt" | tail -1)
        case $rc in 0) result=ok ;; 124) result="timed out" ;; *) result="FAILED (exit $rc)" ;; esac
        printf '  %-12s %-18s %6ss\n' "$t" "$result" "$secs"
        echo "| $t | ${passed:-?} | ${failed:-?} | $secs | $result |" >> "$summary"
        all_passed=$((all_passed + ${passed:-0}))
        all_failed=$((all_failed + ${failed:-0}))
        tests_json+=("{\"name\":\"$t\",\"passed\":${passed:-null},\"failed\":${failed:-null},\"seconds\":$secs,\"result\":\"$result\"}")
    done
    echo "  bench tune …"
    timeout 300 "$wgvae" bench tune > "$dir/bench-tune.txt" 2>&1
    tune_rc=$?
    echo "  bench --json …"
    bench_flags=(--json)
    [ $quick = 1 ] && bench_flags+=(--quick)
    timeout 420 "$wgvae" bench "${bench_flags[@]}" > "$dir/bench.json" 2> "$dir/bench.stderr.txt"
    bench_rc=$?
    bench_value="null"
    if [ $bench_rc = 0 ] && [ -s "$dir/bench.json" ]; then bench_value="$(cat "$dir/bench.json")"; fi
    {
        echo
        echo "bench tune: $([ $tune_rc = 0 ] && echo ok || echo "exit $tune_rc") (bench-tune.txt); bench: $([ $bench_rc = 0 ] && echo ok || echo "exit $bench_rc") (bench.json)"
        if [ "$bench_value" != "null" ] && command -v python3 >/dev/null; then
            python3 - "$dir/bench.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print()
for t in r["training"]:
    per_cpu = t.get("images_per_cpu_second")
    print(f"- training k = {t['k']}, batch {t['batch']}: {t['images_per_second']:.0f} images/s, "
          f"{t['millis_per_step']:.2f} ms/step, host {t['host_micros_per_step']:.0f} µs/step")
best = max(r["matmul"], key=lambda m: m["gflops"])
print(f"- matmul: best {best['gflops']:.1f} GFLOP/s ({best['shape']} {best['op']}, {best['kernel']})")
e = r["evaluation"]
print(f"- evaluation: {e['samples_per_second']:.0f} importance samples/s (K = {e['k']})")
print(f"- time to the first step: {r['time_to_first_step_seconds']:.2f} s")
PY
            # One row for the drivers table of docs/performance.md ("Drivers and adapters").
            python3 - "$dir/bench.json" "$name ($backend)" "$all_passed" "$all_failed" <<'PY'
import datetime, json, sys
r = json.load(open(sys.argv[1]))
k1 = next((t for t in r["training"] if t["k"] == 1), r["training"][0])
print(f"\nRow for docs/performance.md: | {sys.argv[2]}, {r.get('driver', '')} | {sys.argv[3]} passed, "
      f"{sys.argv[4]} failed (this script's tests) | {k1['images_per_second']:.0f} | "
      f"{r['time_to_first_step_seconds']:.2f} s | {datetime.date.today()} |")
PY
        fi
    } >> "$summary"
    adapters_json+=("{\"name\":\"$(json_escape "$name")\",\"backend\":\"$backend\",\"tests\":[$(IFS=,; echo "${tests_json[*]}")],\"bench_tune_exit\":$tune_rc,\"bench\":$bench_value}")
done
unset WGPU_BACKEND WGPU_ADAPTER_NAME

# PyTorch beside wgvae on the first hardware adapter, where torch sees CUDA or MPS.
pytorch="\"skipped: no python3\""
if command -v python3 >/dev/null; then
    accel="$(python3 -c 'import torch; print("cuda" if torch.cuda.is_available() else "mps" if torch.backends.mps.is_available() else "none")' 2>/dev/null || echo missing)"
    first="${targets[0]}"
    if [ "$accel" = missing ]; then
        pytorch="\"skipped: torch is not installed\""
    elif [ "$accel" = none ]; then
        pytorch="\"skipped: torch sees neither CUDA nor MPS\""
    elif [[ "${first#*|}" == llvmpipe* ]]; then
        pytorch="\"skipped: no hardware adapter for wgvae\""
    else
        echo
        echo "== PyTorch ($accel) beside wgvae on ${first#*|} =="
        WGPU_BACKEND="${first%%|*}" WGPU_ADAPTER_NAME="${first#*|}" timeout 300 \
            python3 "$here/compare_pytorch.py" --wgvae "$wgvae" > "$out/pytorch.txt" 2>&1
        rc=$?
        pytorch="{\"device\":\"$accel\",\"exit\":$rc,\"output\":\"pytorch.txt\"}"
        { echo; echo "## PyTorch ($accel) beside wgvae"; echo; echo '```'; tail -4 "$out/pytorch.txt"; echo '```'; } >> "$summary"
    fi
fi
[[ "$pytorch" == \"skipped* ]] && { echo; echo "PyTorch: ${pytorch//\"/}"; } >> "$summary"

seconds=$(( $(date +%s) - started ))
failures=$(grep -c 'FAILED\|timed out' "$summary")
{
    echo
    echo "$seconds s in all; $failures test binaries failed or timed out."
} >> "$summary"
cat > "$out/report.json" <<EOF
{"date":"$(date -u +%Y-%m-%dT%H:%M:%SZ)","host":"$(json_escape "$(hostname)")","cores":$(nproc),"wgvae":"$(json_escape "$how")","quick":$([ $quick = 1 ] && echo true || echo false),"seconds":$seconds,"adapters":[$(IFS=,; echo "${adapters_json[*]}")],"pytorch":$pytorch}
EOF
echo
cat "$summary"
echo
echo "report: $out (report.json, summary.md, one folder per adapter)"
[ "$failures" = 0 ]
