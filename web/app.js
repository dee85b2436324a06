// The page: wires the controls to wgvae's JavaScript API (web/src/lib.rs) and draws what it
// sends. Everything the page does is also recorded in window.wgvaeState, which the browser
// test (tests/browser.rs, through check_page.py) reads.
import init, { Session } from "./pkg/wgvae_web.js";

const $ = (id) => document.getElementById(id);
const state = (window.wgvaeState = { ready: false, errors: [], heldOut: [], epochs: [], evals: [] });
let session = null;

function say(text, error = false) {
  $("status").textContent = text;
  $("status").className = error ? "error" : "";
  state.status = text;
  if (error) state.errors.push(text);
}

// Runs an action of the page; whatever goes wrong is said in the page, never only the console.
async function attempt(what, action) {
  try {
    return await action();
  } catch (e) {
    const lost = session && session.lostReason();
    const message = String((e && e.message) || e);
    say(lost ? `the GPU device was lost (${lost}); reload the page to start again` : `${what}: ${message}`, true);
    return undefined;
  } finally {
    setBusy(false);
  }
}

function setBusy(busy) {
  state.busy = busy;
  for (const id of ["train", "evaluate", "download-config", "download-weights"]) $(id).disabled = busy || !session;
  $("stop").disabled = !busy;
  if (!state.model) for (const id of ["evaluate", "download-config", "download-weights"]) $(id).disabled = true;
}

// --- data ---------------------------------------------------------------------------------

function showData(json) {
  state.data = JSON.parse(json);
  const d = state.data;
  $("data-info").textContent = `${d.name}: ${d.train} training and ${d.heldOut} held-out images, ${d.shape}`;
}

function useDigits() {
  showData(session.useDigits(Number($("digits-count").value)));
}

// Each picture centre-cropped to a square and scaled to side × side, as the browser decodes it.
async function decodePictures(files, side) {
  const canvas = new OffscreenCanvas(side, side);
  const context = canvas.getContext("2d", { willReadFrequently: true });
  const rgba = new Uint8Array(files.length * side * side * 4);
  for (const [i, file] of files.entries()) {
    let bitmap;
    try {
      bitmap = await createImageBitmap(file);
    } catch {
      throw new Error(`${file.name} is not an image this browser can decode (PNG, JPEG, GIF, WebP, …)`);
    }
    const s = Math.min(bitmap.width, bitmap.height);
    context.clearRect(0, 0, side, side);
    context.drawImage(bitmap, (bitmap.width - s) / 2, (bitmap.height - s) / 2, s, s, 0, 0, side, side);
    rgba.set(context.getImageData(0, 0, side, side).data, i * side * side * 4);
    bitmap.close();
  }
  return rgba;
}

async function useFiles(files) {
  files = Array.from(files);
  if (files.length === 0) return;
  const npy = files.filter((f) => f.name.toLowerCase().endsWith(".npy"));
  if (npy.length > 0) {
    if (files.length > 1) throw new Error("drop one .npy file alone, or pictures");
    showData(session.useNpy(new Uint8Array(await npy[0].arrayBuffer()), npy[0].name));
  } else {
    const side = Number($("side").value);
    say(`decoding ${files.length} pictures…`);
    showData(session.usePictures(await decodePictures(files, side), files.length, side));
  }
  $("source-digits").checked = false;
  say("ready: press train");
}

// --- pictures -----------------------------------------------------------------------------

function drawPicture(picture) {
  state.drawn = (state.drawn || []).filter((name) => name !== picture.name).concat([picture.name]);
  if (picture.name === "latent map") $("manifold-figure").hidden = picture.axes[0] !== "z1";
  const canvas = $(picture.name === "latent map" ? "latent-map" : picture.name);
  if (picture.name === "latent map") return drawLatentMap(canvas, picture);
  canvas.width = picture.width;
  canvas.height = picture.height;
  canvas.style.width = `${Math.min(picture.width, 240)}px`;
  canvas.getContext("2d").putImageData(new ImageData(picture.rgba, picture.width, picture.height), 0, 0);
}

const COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

function drawLatentMap(canvas, map) {
  const g = canvas.getContext("2d");
  const [w, h, pad] = [canvas.width, canvas.height, 24];
  g.clearRect(0, 0, w, h);
  const p = map.points;
  // Each axis over its own range, so that a narrow second principal axis still shows its order.
  const range = (axis) => {
    let [lo, hi] = [Infinity, -Infinity];
    for (let i = axis; i < p.length; i += 2) [lo, hi] = [Math.min(lo, p[i]), Math.max(hi, p[i])];
    return (v, size) => pad + ((v - lo) / (hi - lo || 1)) * (size - 2 * pad);
  };
  const [sx, sy] = [range(0), range(1)];
  for (let i = 0; i < p.length / 2; i++) {
    g.fillStyle = map.labels ? COLOURS[map.labels[i] % 10] : "#333";
    g.fillRect(sx(p[2 * i], w) - 1.5, h - sy(p[2 * i + 1], h) - 1.5, 3, 3);
  }
  g.fillStyle = "#333";
  g.font = "12px system-ui";
  g.fillText(map.axes[0], w / 2 - 20, h - 6);
  g.save();
  g.translate(12, h / 2 + 20);
  g.rotate(-Math.PI / 2);
  g.fillText(map.axes[1], 0, 0);
  g.restore();
  $("latent-caption").textContent = `held-out encoder means (${map.axes.join(", ")})${map.labels ? ", coloured by digit" : ""}`;
}

function drawCurves() {
  const canvas = $("curves");
  const g = canvas.getContext("2d");
  const [w, h, pad] = [canvas.width, canvas.height, 36];
  g.clearRect(0, 0, w, h);
  const train = state.trainCurve || [];
  const held = state.heldOut.map((r) => [r.epoch, r.elbo]);
  const all = train.concat(held);
  if (all.length === 0) return;
  const xs = all.map((p) => p[0]), ys = all.map((p) => p[1]);
  const [x0, x1] = [0, Math.max(1, ...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const X = (x) => pad + ((x - x0) / (x1 - x0)) * (w - 2 * pad);
  const Y = (y) => h - pad - ((y - y0) / (y1 - y0 || 1)) * (h - 2 * pad);
  g.strokeStyle = "#999";
  g.strokeRect(pad, pad / 2, w - 2 * pad, h - 1.5 * pad);
  const line = (points, colour) => {
    g.strokeStyle = colour;
    g.beginPath();
    points.forEach(([x, y], i) => (i ? g.lineTo(X(x), Y(y)) : g.moveTo(X(x), Y(y))));
    g.stroke();
    for (const [x, y] of points) g.fillStyle = colour, g.fillRect(X(x) - 2, Y(y) - 2, 4, 4);
  };
  line(train, "#1f77b4");
  line(held, "#d62728");
  g.fillStyle = "#333";
  g.font = "11px system-ui";
  g.fillText(y1.toFixed(1), 2, Y(y1) + 4);
  g.fillText(y0.toFixed(1), 2, Y(y0));
  g.fillText("epoch", w / 2 - 15, h - 4);
  g.fillStyle = "#1f77b4";
  g.fillText("training bound", pad + 6, pad / 2 + 14);
  g.fillStyle = "#d62728";
  g.fillText("held-out ELBO", pad + 100, pad / 2 + 14);
}

// --- training -----------------------------------------------------------------------------

function trainingOptions() {
  const hidden = $("hidden").value.split(",").map((s) => Number(s.trim()));
  return {
    arch: $("arch").value, hidden, latent: Number($("latent").value), likelihood: $("likelihood").value,
    objective: $("objective").value, k: Number($("k").value), beta: Number($("beta").value),
    epochs: Number($("epochs").value), batch: Number($("batch").value), lr: Number($("lr").value),
  };
}

function onEvent(json, pictures) {
  const e = JSON.parse(json);
  if (e.kind === "start") {
    state.start = e;
    say(`training ${e.model} (${e.parameters.toLocaleString()} parameters) for ${e.epochs} epochs`);
  } else if (e.kind === "heldOut") {
    state.heldOut.push(e);
    drawCurves();
  } else if (e.kind === "progress") {
    state.progress = e;
    const x = e.epoch - 1 + e.step / e.steps;
    state.trainCurve.push([x, -e.loss]);
    $("progress").textContent = `epoch ${e.epoch}, step ${e.step}/${e.steps}, loss ${e.loss.toFixed(2)}, ` +
      `${Math.round(e.imagesPerSecond).toLocaleString()} images/s`;
    drawCurves();
  } else if (e.kind === "epoch") {
    state.epochs.push(e);
    state.heldOut.push({ epoch: e.epoch, elbo: e.heldOutElbo });
    state.trainCurve.push([e.epoch, -e.loss]);
    for (const p of pictures) drawPicture(p);
    $("progress").textContent = `epoch ${e.epoch} done`;
    $("epochs-log").innerHTML += `epoch ${e.epoch}: training loss ${e.loss.toFixed(2)}, held-out ELBO ` +
      `${e.heldOutElbo.toFixed(2)} nats, ${e.seconds.toFixed(1)} s, ${Math.round(e.imagesPerSecond).toLocaleString()} images/s<br>`;
    drawCurves();
  }
}

async function train() {
  if ($("source-digits").checked || !state.data) useDigits();
  Object.assign(state, { heldOut: [], epochs: [], trainCurve: [], trained: null });
  $("epochs-log").textContent = "";
  setBusy(true);
  const summary = JSON.parse(await session.train(JSON.stringify(trainingOptions()), onEvent));
  state.trained = summary;
  state.model = "trained";
  const last = summary.epochs[summary.epochs.length - 1];
  say(`${summary.stopped ? "stopped" : "done"}: held-out ELBO ${summary.heldOutElboBefore.toFixed(2)} → ` +
    `${last ? last.heldOutElbo.toFixed(2) : "–"} nats; evaluate log p(x) or download the checkpoint`);
}

// --- evaluation and checkpoints ------------------------------------------------------------

async function evaluate() {
  if (!state.data) useDigits();
  const k = Number($("eval-k").value);
  setBusy(true);
  say(`estimating log p(x) of ${state.data.heldOut} held-out images with K = ${k}…`);
  const r = JSON.parse(await session.evaluate(k));
  state.evals.push(r);
  const row = (name, [mean, se]) => `<tr><td style="text-align:left">${name}</td><td>${mean.toFixed(2)}</td><td>± ${se.toFixed(2)}</td></tr>`;
  $("eval-table").innerHTML = "<tr><th></th><th>nats</th><th></th></tr>" + row("ELBO", r.elbo) +
    r.bounds.filter(([b]) => b < k).map(([b, m]) => row(`L<sub>${b}</sub>`, m)).join("") + row(`log p(x), K = ${k}`, r.logLikelihood);
  say(`log p(x) ≈ ${r.logLikelihood[0].toFixed(2)} nats against an ELBO of ${r.elbo[0].toFixed(2)}, ` +
    `${r.images} images, ${r.seconds.toFixed(1)} s`);
}

function download(name, bytes, type) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([bytes], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

async function loadCheckpoint(files) {
  files = Array.from(files);
  const config = files.find((f) => f.name.endsWith(".json"));
  const weights = files.find((f) => f.name.endsWith(".safetensors"));
  if (!config || !weights) throw new Error("pick both files of a checkpoint: config.json and model.safetensors");
  setBusy(true);
  const described = session.loadCheckpoint(await config.text(), new Uint8Array(await weights.arrayBuffer()));
  state.model = "loaded";
  if (!state.data) useDigits();
  for (const p of await session.pictures()) drawPicture(p);
  state.loaded = described;
  say(`loaded ${described}; evaluate it or download it`);
}

// --- start --------------------------------------------------------------------------------

$("train").onclick = () => attempt("train", train);
$("stop").onclick = () => session && session.stop();
$("evaluate").onclick = () => attempt("evaluate", evaluate);
$("download-config").onclick = () => attempt("download", () => download("config.json", session.checkpointConfig(), "application/json"));
$("download-weights").onclick = () =>
  attempt("download", () => download("model.safetensors", session.checkpointWeights(), "application/octet-stream"));
$("checkpoint").onchange = (e) => attempt("checkpoint", () => loadCheckpoint(e.target.files));
$("pictures").onchange = (e) => attempt("pictures", () => useFiles(e.target.files));
$("npy").onchange = (e) => attempt(".npy", () => useFiles(e.target.files));
$("source-digits").onchange = () => attempt("digits", async () => useDigits());
$("digits-count").onchange = () => $("source-digits").checked && attempt("digits", async () => useDigits());
const drop = $("drop");
drop.ondragover = (e) => (e.preventDefault(), drop.classList.add("over"));
drop.ondragleave = () => drop.classList.remove("over");
drop.ondrop = (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  attempt("dropped files", () => useFiles(e.dataTransfer.files));
};

await attempt("opening WebGPU", async () => {
  if (!navigator.gpu) {
    throw new Error("this browser has no WebGPU: use Chrome or Edge 113 or later, Safari 26, " +
      "or Firefox 141 on Windows; in Chromium on Linux start it with --enable-unsafe-webgpu");
  }
  await init();
  session = await Session.open();
  // For the console, and for the browser test's lost device (session.destroy()).
  window.wgvaeSession = session;
  state.adapter = session.adapter();
  $("adapter").textContent = state.adapter;
  // Four points of a 5-dimensional prior from seed 7's stream 3, drawn on the GPU: the same
  // numbers as every driver draws (tests/browser.rs compares them with the CPU's).
  state.prior = Array.from(await session.priorSamples(7, 3, 4, 5));
  useDigits();
  state.ready = true;
  say("ready: press train");
});
if (!session) $("adapter").textContent = "none";
// A device lost while nothing runs (a driver reset) is said too.
setInterval(() => {
  const lost = session && session.lostReason();
  if (lost && !state.lost) {
    state.lost = lost;
    say(`the GPU device was lost (${lost}); reload the page to start again`, true);
  }
}, 1000);
