//! The colour readers: folders of colour pictures (flat and one subfolder per class, with
//! --grayscale and --image-size), CIFAR-10/100 binary files and folders, NumPy .npy files, sound
//! and damaged. No GPU needed.

mod common;

use common::{bytes, load_err, npy_bytes, temp_dir};

use std::path::Path;

use wgvae::data::{Dataset, ReadOptions, cifar, npy};

fn rgb(w: u32, h: u32, seed: u64) -> image::RgbImage {
    image::RgbImage::from_raw(w, h, bytes((3 * w * h) as usize, seed)).unwrap()
}

/// Pixel (x, y) of image `i` of a 3-channel set, as [r, g, b].
fn pixel(set: &Dataset, i: usize, x: usize, y: usize) -> [u8; 3] {
    let plane = set.height * set.width;
    [0, 1, 2].map(|c| set.image(i)[c * plane + y * set.width + x])
}

#[test]
fn colour_folders_keep_their_colour_and_classes_come_from_subfolders() {
    let dir = temp_dir("colour");
    let (a, b) = (rgb(5, 3, 1), rgb(5, 3, 2));
    a.save(dir.join("a.png")).unwrap();
    b.save(dir.join("b.png")).unwrap();
    let set = Dataset::load(&dir).unwrap();
    assert_eq!((set.count, set.shape()), (2, [3, 3, 5]));
    for (x, y) in [(0, 0), (4, 2), (2, 1)] {
        assert_eq!(pixel(&set, 0, x, y), a.get_pixel(x as u32, y as u32).0);
        assert_eq!(pixel(&set, 1, x, y), b.get_pixel(x as u32, y as u32).0);
    }
    let grey = Dataset::load_with(&dir, ReadOptions { grayscale: true, image_size: None }).unwrap();
    assert_eq!(grey.shape(), [1, 3, 5]);
    assert_eq!(grey.image(1), image::DynamicImage::ImageRgb8(b.clone()).to_luma8().as_raw().as_slice());
    std::fs::remove_dir_all(&dir).unwrap();

    // ImageFolder: the class subfolders sorted by name give labels 0, 1, 2.
    let dir = temp_dir("classes");
    for (class, n) in [("dog", 2), ("cat", 1), ("emu", 3)] {
        std::fs::create_dir(dir.join(class)).unwrap();
        for i in 0..n {
            rgb(4, 4, 10 + i).save(dir.join(class).join(format!("{i}.png"))).unwrap();
        }
    }
    std::fs::create_dir(dir.join("empty")).unwrap();
    let set = Dataset::load(&dir).unwrap();
    assert_eq!((set.count, set.shape()), (6, [3, 4, 4]));
    assert_eq!(set.labels.as_deref(), Some(&[0, 1, 1, 2, 2, 2][..]));
    assert_eq!(pixel(&set, 1, 3, 3), rgb(4, 4, 10).get_pixel(3, 3).0); // dog/0.png
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn image_size_crops_the_centre_and_resizes_mixed_sizes() {
    let dir = temp_dir("sizes");
    // A 12x8 picture: red in its centre 8x8 square, blue in the 2-pixel margins left and right.
    let mut wide = image::RgbImage::from_pixel(12, 8, image::Rgb([0, 0, 255]));
    for y in 0..8 {
        for x in 2..10 {
            wide.put_pixel(x, y, image::Rgb([255, 0, 0]));
        }
    }
    wide.save(dir.join("wide.png")).unwrap();
    image::RgbImage::from_pixel(6, 9, image::Rgb([10, 200, 30])).save(dir.join("tall.jpg")).unwrap();
    let msg = load_err(&dir, ReadOptions::default(), &dir.join("wide.png"));
    assert!(msg.contains("--image-size"), "{msg}");
    let set = Dataset::load_with(&dir, ReadOptions { grayscale: false, image_size: Some(4) }).unwrap();
    assert_eq!((set.count, set.shape()), (2, [3, 4, 4]));
    // The crop removed the blue margins: every pixel of the resized picture is red.
    for (x, y) in [(0, 0), (3, 0), (0, 3), (3, 3), (1, 2)] {
        assert_eq!(pixel(&set, 1, x, y), [255, 0, 0], "wide.png at ({x}, {y})");
    }
    // A flat colour stays that colour through JPEG and Lanczos (within JPEG's rounding).
    let [r, g, b] = pixel(&set, 0, 2, 2);
    assert!(r.abs_diff(10) <= 3 && g.abs_diff(200) <= 3 && b.abs_diff(30) <= 3, "tall.jpg {:?}", [r, g, b]);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// CIFAR records: `label_bytes` label bytes (the last one `labels[i]`) then the pixels.
fn cifar_records(labels: &[u8], label_bytes: usize, seed: u64) -> (Vec<u8>, Vec<u8>) {
    let pixels = bytes(labels.len() * 3072, seed);
    let mut out = vec![];
    for (i, &l) in labels.iter().enumerate() {
        out.extend(std::iter::repeat_n(l % 20, label_bytes - 1));
        out.push(l);
        out.extend_from_slice(&pixels[i * 3072..][..3072]);
    }
    (out, pixels)
}

#[test]
fn cifar_files_and_folders_load_with_labels_and_planes() {
    let dir = temp_dir("cifar10");
    let (one, p1) = cifar_records(&[3, 0, 9], 1, 1);
    let (two, p2) = cifar_records(&[5, 5], 1, 2);
    let (test, _) = cifar_records(&[1, 2, 7, 8], 1, 3);
    std::fs::write(dir.join("data_batch_1.bin"), &one).unwrap();
    std::fs::write(dir.join("data_batch_2.bin"), &two).unwrap();
    std::fs::write(dir.join("test_batch.bin"), &test).unwrap();
    std::fs::write(dir.join("batches.meta.txt"), "airplane\n").unwrap();
    let set = Dataset::load(&dir.join("data_batch_1.bin")).unwrap();
    assert_eq!((set.count, set.shape()), (3, [3, 32, 32]));
    assert_eq!(set.labels.as_deref(), Some(&[3, 0, 9][..]));
    // CHW planes as stored: image 1's green value at (x, y) = (4, 7) is byte 1024 + 7 * 32 + 4.
    assert_eq!(set.image(1)[1024 + 7 * 32 + 4], p1[3072 + 1024 + 7 * 32 + 4]);
    let folder = Dataset::load(&dir).unwrap();
    assert_eq!(folder.count, 5);
    assert_eq!(folder.labels.as_deref(), Some(&[3, 0, 9, 5, 5][..]));
    assert_eq!(folder.image(4), &p2[3072..]);
    assert_eq!(Dataset::held_out_beside(&dir), Some(dir.join("test_batch.bin")));
    assert_eq!(Dataset::load(&Dataset::held_out_beside(&dir).unwrap()).unwrap().count, 4);
    let grey = Dataset::load_with(&dir, ReadOptions { grayscale: true, image_size: Some(16) }).unwrap();
    assert_eq!((grey.count, grey.shape()), (5, [1, 16, 16]));
    std::fs::remove_dir_all(&dir).unwrap();

    // CIFAR-100: coarse then fine label, the fine one kept; named train.bin.
    let dir = temp_dir("cifar100");
    let (train, _) = cifar_records(&[99, 42], 2, 4);
    std::fs::write(dir.join("train.bin"), &train).unwrap();
    std::fs::write(dir.join("test.bin"), &train).unwrap();
    let set = Dataset::load(&dir).unwrap();
    assert_eq!(set.labels.as_deref(), Some(&[99, 42][..]));
    assert_eq!(Dataset::held_out_beside(&dir), Some(dir.join("test.bin")));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn damaged_cifar_files_are_refused_naming_them() {
    let dir = temp_dir("cifar-bad");
    let (good, _) = cifar_records(&[1, 2, 3], 1, 5);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("data_batch_1.bin", good[..good.len() - 1].to_vec(), "truncated"),
        ("test_batch.bin", vec![], "truncated"),
        ("data_batch_2.bin", [&good[..], &[7]].concat(), "1 bytes more"),
        ("data_batch_3.bin", [&[12u8][..], &good[1..]].concat(), "label [12]"),
        // By size alone: neither layout fits.
        ("mine.bin", good[..5000].to_vec(), "not a whole number"),
        // CIFAR-100's coarse label out of its 20 classes.
        ("train.bin", [&[25u8, 3][..], &[0; 3072]].concat(), "label [25, 3]"),
    ];
    for (name, data, says) in cases {
        let path = dir.join(name);
        std::fs::write(&path, &data).unwrap();
        let msg = load_err(&path, ReadOptions::default(), &path);
        assert!(msg.contains(says), "{name}: {msg}");
        std::fs::remove_file(&path).unwrap();
    }
    // Unnamed, a size that is a whole number of records of both layouts: ambiguous.
    let both = vec![0u8; 3073 * 3074];
    let msg = cifar::from_bytes(&both, Path::new("odd.bin")).err().unwrap().to_string();
    assert!(msg.contains("both"), "{msg}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn npy_images_load_in_every_layout_with_labels_beside() {
    let dir = temp_dir("npy");
    let (n, h, w) = (3, 5, 6);
    let hwc = bytes(n * h * w * 3, 7);
    // The same images as [N, C, H, W].
    let mut chw = vec![0; hwc.len()];
    for i in 0..n {
        for p in 0..h * w {
            for c in 0..3 {
                chw[i * 3 * h * w + c * h * w + p] = hwc[i * 3 * h * w + p * 3 + c];
            }
        }
    }
    let nhwc = dir.join("train_images.npy");
    std::fs::write(&nhwc, npy_bytes("|u1", &[n, h, w, 3], &hwc)).unwrap();
    let labels: Vec<u8> = [4i64, 0, 255].iter().flat_map(|v| v.to_le_bytes()).collect();
    std::fs::write(dir.join("train_labels.npy"), npy_bytes("<i8", &[n], &labels)).unwrap();
    let set = Dataset::load(&nhwc).unwrap();
    assert_eq!((set.count, set.shape()), (n, [3, h, w]));
    assert_eq!(&set.images[..], &chw[..]);
    assert!(!set.images.is_mapped(), "channels last are copied into planes");
    assert_eq!(set.labels.as_deref(), Some(&[4, 0, 255][..]));

    let nchw = dir.join("chw.npy");
    std::fs::write(&nchw, npy_bytes("|u1", &[n, 3, h, w], &chw)).unwrap();
    let set = Dataset::load(&nchw).unwrap();
    assert_eq!((set.shape(), &set.images[..], set.labels.is_none()), ([3, h, w], &chw[..], true));
    assert!(set.images.is_mapped(), "uint8 channel planes are the file's own bytes, mapped");

    let grey = dir.join("grey.npy");
    std::fs::write(&grey, npy_bytes("|u1", &[n, h, w], &hwc[..n * h * w])).unwrap();
    std::fs::write(dir.join("grey_labels.npy"), npy_bytes("|u1", &[n], &[1, 2, 3])).unwrap();
    let set = Dataset::load(&grey).unwrap();
    assert_eq!((set.shape(), set.labels.as_deref()), ([1, h, w], Some(&[1, 2, 3][..])));
    assert!(set.images.is_mapped() && set.images[..] == hwc[..n * h * w]);

    // float32 in [0, 1]: the nearest of the 256 levels.
    let values = [0.0f32, 1.0, 0.5, 0.2, 100.0 / 255.0, 0.999];
    let floats: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
    let f = dir.join("floats.npy");
    std::fs::write(&f, npy_bytes("<f4", &[1, 2, 3], &floats)).unwrap();
    assert_eq!(Dataset::load(&f).unwrap().images[..], [0, 255, 128, 51, 100, 255]);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn damaged_npy_files_are_refused_naming_them() {
    let dir = temp_dir("npy-bad");
    let good = npy_bytes("|u1", &[2, 5, 6], &bytes(60, 1));
    let floats: Vec<u8> = [0.5f32, -0.1].iter().flat_map(|v| v.to_le_bytes()).collect();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("trunc.npy", good[..good.len() - 1].to_vec(), "truncated"),
        ("long.npy", [&good[..], &[0]].concat(), "size mismatch"),
        ("header.npy", good[..20].to_vec(), "header"),
        ("magic.npy", [&b"\x93NUMPX"[..], &good[6..]].concat(), "header"),
        ("dtype.npy", npy_bytes("<f8", &[1, 5, 6], &[0; 240]), "dtype"),
        ("rank.npy", npy_bytes("|u1", &[60], &[0; 60]), "[N, H, W]"),
        ("ambiguous.npy", npy_bytes("|u1", &[1, 3, 5, 3], &[0; 45]), "channels"),
        ("range.npy", npy_bytes("<f4", &[1, 1, 2], &floats), "[0, 1]"),
        ("empty.npy", npy_bytes("|u1", &[0, 5, 6], &[]), "empty"),
        ("huge.npy", npy_bytes("|u1", &[1 << 40, 1 << 40, 1 << 40], &[0; 8]), "truncated"),
    ];
    for (name, data, says) in cases {
        let path = dir.join(name);
        std::fs::write(&path, &data).unwrap();
        let msg = load_err(&path, ReadOptions::default(), &path);
        assert!(msg.contains(says), "{name}: {msg}");
    }
    // Labels that do not match: the wrong count, out of range, not integers.
    let images = dir.join("x.npy");
    std::fs::write(&images, &good).unwrap();
    let labels = dir.join("x_labels.npy");
    for (data, says) in [
        (npy_bytes("|u1", &[3], &[0, 1, 2]), "3 labels for the 2 images"),
        (npy_bytes("<i2", &[2], &[0, 1, 0, 1]), "label 256"),
        (npy_bytes("<i2", &[2], &[0xff, 0xff, 0, 0]), "label -1"),
        (npy_bytes("<f4", &[2], &[0; 8]), "integers"),
    ] {
        std::fs::write(&labels, &data).unwrap();
        let msg = load_err(&images, ReadOptions::default(), &labels);
        assert!(msg.contains(says), "{msg}");
    }
    assert!(npy::labels_from_bytes(&npy_bytes("|u1", &[2, 2], &[0; 4]), Path::new("l.npy")).is_err());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn written_npy_files_read_back_as_the_same_set_mapped() {
    let dir = temp_dir("npy-write");
    // A labelled colour set (CIFAR) and an unlabelled grey one.
    let (records, _) = cifar_records(&[2, 7, 1], 1, 9);
    std::fs::write(dir.join("data_batch_1.bin"), &records).unwrap();
    let colour = Dataset::load(&dir.join("data_batch_1.bin")).unwrap();
    let out = dir.join("colour.npy");
    assert_eq!(colour.write_npy(&out).unwrap(), Some(dir.join("colour_labels.npy")));
    let back = Dataset::load(&out).unwrap();
    assert_eq!((back.shape(), &back.images, &back.labels), (colour.shape(), &colour.images, &colour.labels));
    assert!(back.images.is_mapped(), "wgvae's own .npy layout (channel planes) is mapped, not copied");
    let grey = Dataset::load_with(&dir.join("data_batch_1.bin"), ReadOptions { grayscale: true, image_size: Some(8) });
    let grey = Dataset { labels: None, ..grey.unwrap() };
    let out = dir.join("grey.npy");
    assert_eq!(grey.write_npy(&out).unwrap(), None);
    let back = Dataset::load(&out).unwrap();
    assert_eq!((back.shape(), &back.images, back.labels), ([1, 8, 8], &grey.images, None));
    let msg = grey.write_npy(&dir.join("grey.png")).err().unwrap().to_string();
    assert!(msg.contains(".npy"), "{msg}");
    std::fs::remove_dir_all(&dir).unwrap();
}
