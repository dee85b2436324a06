//! Colour data end to end, as a user runs it: a CIFAR-10 file made here and a folder of colour
//! pictures of mixed sizes train a conv VAE; sample and reconstruct write colour grids whose
//! pixels are checked against the images; a set larger than the GPU may hold (the limit
//! lowered) streams to the resident run's checkpoint, with the discretized logistic's bits/dim.

mod common;

use std::path::Path;

use common::{
    colour_picture as picture, metrics_without_timing, outcome, skip_without_gpu, temp_dir, wgvae, wgvae_command,
};

fn wgvae_with_env(args: &[&str], vars: &[(&str, &str)]) -> (bool, String, String) {
    outcome(wgvae_command().args(args).envs(vars.iter().copied()))
}

fn train_small_conv(data: &str, out: &Path, extra: &[&str]) -> (bool, String, String) {
    train_small_conv_with(data, out, "gaussian", extra, &[])
}

/// A narrowed conv preset, 2 epochs at batch 16, with `likelihood`, the `extra` options and the
/// environment variables `vars`.
fn train_small_conv_with(
    data: &str,
    out: &Path,
    likelihood: &str,
    extra: &[&str],
    vars: &[(&str, &str)],
) -> (bool, String, String) {
    let mut args = vec![
        "train",
        "--arch",
        "conv",
        "--conv-channels",
        "8,16",
        "--hidden",
        "32",
        "--latent",
        "4",
        "--data",
        data,
        "--epochs",
        "2",
        "--batch",
        "16",
        "--likelihood",
        likelihood,
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    wgvae_with_env(&args, vars)
}

fn rgb_png(path: &Path) -> image::RgbImage {
    let picture = image::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(picture.color().has_color(), "{} is not a colour picture", path.display());
    picture.to_rgb8()
}

#[test]
fn a_cifar_file_trains_a_conv_vae_and_its_pictures_are_in_colour() {
    let dir = temp_dir("cifar");
    let data = dir.join("cifar-10-batches-bin");
    std::fs::create_dir_all(&data).unwrap();
    let records = |range: std::ops::Range<usize>| -> Vec<u8> {
        range.flat_map(|i| std::iter::once((i % 10) as u8).chain(picture(i))).collect()
    };
    std::fs::write(data.join("data_batch_1.bin"), records(0..48)).unwrap();
    std::fs::write(data.join("test_batch.bin"), records(48..64)).unwrap();
    let out = dir.join("run");
    let (ok, stdout, err) = train_small_conv(data.to_str().unwrap(), &out, &[]);
    if skip_without_gpu(!ok, &err) {
        return;
    }
    assert!(ok, "{err}");
    assert!(stdout.contains("3x32x32") && stdout.contains("16 images from"), "{stdout}");
    let config = std::fs::read_to_string(out.join("config.json")).unwrap();
    assert!(config.contains("\"input\": [\n      3,\n      32,\n      32\n    ]"), "{config}");
    assert!(rgb_png(&out.join("pictures/samples-002.png")).width() > 0);

    let samples = dir.join("samples.png");
    let (ok, _, err) =
        wgvae(&["sample", "--checkpoint", out.to_str().unwrap(), "-n", "4", "--out", samples.to_str().unwrap()]);
    assert!(ok, "{err}");
    // Four 32x32 cells with 2-pixel gutters, in colour.
    let s = rgb_png(&samples);
    assert_eq!((s.width(), s.height()), (2 * 34 + 2, 2 * 34 + 2));

    // The reconstruction grid's first row holds the inputs themselves: image 48 (red, its band
    // dark) at the top left, image 49 (green) beside it, pixel for pixel.
    let recon = dir.join("recon.png");
    let test = data.join("test_batch.bin");
    let (ok, _, err) = wgvae(&[
        "reconstruct",
        "--checkpoint",
        out.to_str().unwrap(),
        "--data",
        test.to_str().unwrap(),
        "-n",
        "4",
        "--out",
        recon.to_str().unwrap(),
    ]);
    assert!(ok, "{err}");
    let r = rgb_png(&recon);
    for (cell, image) in [(0u32, 48usize), (1, 49)] {
        let planes = picture(image);
        for (x, y) in [(5usize, 0usize), (0, 0), (31, 31), (10, 20)] {
            let want = [0, 1, 2].map(|c| planes[c * 1024 + y * 32 + x]);
            let got = r.get_pixel(2 + cell * 34 + x as u32, 2 + y as u32).0;
            assert_eq!(got, want, "input {image} at ({x}, {y}) in {}", recon.display());
        }
    }
    // `data info` and `data convert` on the same folder; the .npy trains like its source.
    let (ok, info, err) = wgvae(&["data", "info", data.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(
        info.contains("48 images of 3x32x32 (RGB)") && info.contains("10 classes") && info.contains("red"),
        "{info}"
    );
    let npy = dir.join("cifar.npy");
    let (ok, said, err) = wgvae(&["data", "convert", data.to_str().unwrap(), "--out", npy.to_str().unwrap()]);
    assert!(ok && said.contains("cifar_labels.npy"), "{err}{said}");
    let (ok, info_npy, err) = wgvae(&["data", "info", npy.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert_eq!(info_npy.lines().skip(1).collect::<Vec<_>>(), info.lines().skip(1).collect::<Vec<_>>());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_folder_of_colour_pictures_of_mixed_sizes_trains_with_image_size() {
    let dir = temp_dir("photos");
    let photos = dir.join("photos");
    std::fs::create_dir_all(&photos).unwrap();
    for i in 0..20usize {
        let (w, h) = (40 + 3 * i as u32, 30 + 2 * (i % 5) as u32);
        let base = [[200u8, 60, 40], [40, 90, 210]][i % 2];
        let img = image::RgbImage::from_fn(w, h, |x, y| {
            let t = ((x + y) % 20) as u8;
            image::Rgb(base.map(|v| v.saturating_add(t)))
        });
        let name = photos.join(format!("{i:02}.{}", if i % 3 == 0 { "jpg" } else { "png" }));
        img.save(&name).unwrap();
    }
    let out = dir.join("run");
    // Without --image-size the sizes are refused, naming a picture.
    let (ok, _, err) = train_small_conv(photos.to_str().unwrap(), &out, &[]);
    if skip_without_gpu(!ok && !err.contains("--image-size"), &err) {
        return;
    }
    assert!(!ok && err.contains("--image-size") && err.contains(photos.to_str().unwrap()), "{err}");
    let (ok, stdout, err) = train_small_conv(
        photos.to_str().unwrap(),
        &out,
        &["--image-size", "16", "--test-data", photos.to_str().unwrap()],
    );
    assert!(ok, "{err}");
    assert!(stdout.contains("3x16x16") && stdout.contains("20 images"), "{stdout}");
    // A resumed run reads the pictures the same way (the options are in the training state).
    let (ok, _, err) = wgvae(&["train", "--resume", out.to_str().unwrap(), "--epochs", "3"]);
    assert!(ok, "{err}");
    // Reconstruct needs the same reading: the first input cell is the first photo's resized centre.
    let recon = dir.join("recon.png");
    let args = [
        "reconstruct",
        "--checkpoint",
        out.to_str().unwrap(),
        "--data",
        photos.to_str().unwrap(),
        "-n",
        "4",
        "--out",
        recon.to_str().unwrap(),
    ];
    let (ok, _, err) = wgvae(&args);
    assert!(!ok && err.contains("--image-size"), "{err}");
    let (ok, _, err) = wgvae(&[&args[..], &["--image-size", "16"]].concat());
    assert!(ok, "{err}");
    let [r, g, b] = rgb_png(&recon).get_pixel(2 + 8, 2 + 8).0;
    // Photo 00 is a JPEG of red-orange: the centre stays red-dominant.
    assert!(r > 150 && g < 130 && b < 110, "photo 00's centre reads {:?}", [r, g, b]);
    let grey = dir.join("grey");
    let (ok, stdout, err) = train_small_conv(photos.to_str().unwrap(), &grey, &["--image-size", "16", "--grayscale"]);
    assert!(ok && stdout.contains("1x16x16"), "{err}{stdout}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The CIFAR-layout set with `WGVAE_RESIDENT_LIMIT` below its size: `train` streams it a batch
/// ahead and writes the checkpoint and metrics of the resident run byte for byte (timings
/// aside); the discretized logistic prints bits/dim in training and in `eval`, whose JSON has
/// −log p / (3,072 ln 2), the same streamed or resident.
#[test]
fn a_set_larger_than_the_gpu_keeps_streams_to_the_resident_weights_with_bits_per_dim() {
    let dir = temp_dir("stream");
    let data = dir.join("data_batch_1.bin");
    let records: Vec<u8> = (0..48).flat_map(|i| std::iter::once((i % 10) as u8).chain(picture(i))).collect();
    std::fs::write(&data, records).unwrap();
    let (data, test) = (data.to_str().unwrap(), ["--test-data", data.to_str().unwrap()]);
    let limit = [("WGVAE_RESIDENT_LIMIT", "100000")]; // the set is 48 x 3,072 = 147,456 bytes
    let run = |name: &str, extra: &[&str], vars: &[(&str, &str)]| {
        let out = dir.join(name);
        let options = [&["--chunk", "8", "--no-pictures"], &test[..], extra].concat();
        let (ok, stdout, err) = train_small_conv_with(data, &out, "logistic", &options, vars);
        (ok, stdout, err, out)
    };
    let (ok, resident_said, err, resident) = run("resident", &["--data-mode", "resident"], &limit);
    if skip_without_gpu(!ok, &err) {
        return;
    }
    assert!(ok, "{err}");
    assert!(!resident_said.contains("streaming"), "{resident_said}");
    let (ok, streamed_said, err, streamed) = run("streamed", &[], &limit);
    assert!(ok, "{err}");
    assert!(streamed_said.contains("streaming the 0.1 MiB of training images"), "{streamed_said}");
    assert!(streamed_said.contains("bits/dim"), "{streamed_said}");
    let read = |dir: &Path, file: &str| std::fs::read(dir.join(file)).unwrap();
    assert_eq!(read(&streamed, "model.safetensors"), read(&resident, "model.safetensors"), "weights");
    assert_eq!(metrics_without_timing(&streamed), metrics_without_timing(&resident));

    let eval = |extra: &[&str], vars: &[(&str, &str)]| {
        let mut args = vec!["eval", "--checkpoint", streamed.to_str().unwrap(), "--data", data, "--k", "20", "--json"];
        args.extend_from_slice(extra);
        let (ok, out, err) = wgvae_with_env(&args, vars);
        assert!(ok, "{err}");
        let mut v: serde_json::Value = serde_json::from_str(&out).unwrap();
        for timing in ["seconds", "samples_per_second"] {
            v.as_object_mut().unwrap().remove(timing);
        }
        // The first fits the latent mixture and saves it; the second reuses it.
        v["aggregate_posterior"].as_object_mut().unwrap().remove("reused");
        v
    };
    let (a, b) = (eval(&[], &limit), eval(&["--data-mode", "resident"], &[]));
    assert_eq!(a, b, "eval streamed and resident");
    let nats = a["log_likelihood"].as_f64().unwrap();
    let bits = a["bits_per_dim"]["log_likelihood"].as_f64().unwrap();
    assert_eq!(a["dimensions"], 3072);
    assert!(
        nats < 0.0 && (bits - (-nats / (3072.0 * std::f64::consts::LN_2))).abs() < 1e-12,
        "{nats} nats, {bits} bits/dim"
    );
    assert!(bits > 0.0, "{bits} bits/dim");
    std::fs::remove_dir_all(&dir).unwrap();
}
