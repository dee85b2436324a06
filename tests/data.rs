//! The data loader: the bundled MNIST split, IDX files written here (raw and gzipped, sound and
//! corrupt), and folders of PNG images. No GPU needed.

mod common;

use common::{bytes, gzip, idx_file, load_err, temp_dir};

use std::path::{Path, PathBuf};

use wgvae::data::{Dataset, ReadOptions};

fn write(path: &Path, data: &[u8]) -> PathBuf {
    std::fs::write(path, data).unwrap();
    path.to_path_buf()
}

fn check_mnist(set: &Dataset, count: usize) {
    assert_eq!((set.count, set.channels, set.height, set.width, set.dim()), (count, 1, 28, 28, 784));
    assert_eq!(set.images.len(), count * 784);
    assert_eq!(set.image(count - 1).len(), 784);
    let labels = set.labels.as_ref().expect("bundled labels");
    assert_eq!(labels.len(), count);
    for digit in 0..10u8 {
        assert!(labels.contains(&digit), "digit {digit} missing");
    }
    assert!(labels.iter().all(|&l| l < 10));
    assert_eq!((set.images.iter().min(), set.images.iter().max()), (Some(&0), Some(&255)));
    let mean = set.images.iter().map(|&p| p as f64).sum::<f64>() / set.images.len() as f64;
    assert!((30.0..37.0).contains(&mean), "mean pixel {mean}, MNIST's is about 33");
}

#[test]
fn bundled_split_loads() {
    let train = Dataset::bundled_train().unwrap();
    check_mnist(&train, 9000);
    assert_eq!(train.source, Dataset::bundled_train_path());
    let test = Dataset::bundled_test().unwrap();
    check_mnist(&test, 1000);
    assert_eq!(test.source, Dataset::bundled_test_path());
}

#[test]
fn idx_round_trips_raw_and_gzipped() {
    let dir = temp_dir("roundtrip");
    let (count, h, w) = (37, 5, 7);
    let images = bytes(count * h * w, 1);
    let labels = bytes(count, 2);
    let img = idx_file(0x803, &[count as u32, h as u32, w as u32], &images);
    let lab = idx_file(0x801, &[count as u32], &labels);
    let cases = [
        ("raw-images-idx3-ubyte", img.clone(), "raw-labels-idx1-ubyte", lab.clone()),
        ("gz-images-idx3-ubyte.gz", gzip(&img), "gz-labels-idx1-ubyte.gz", gzip(&lab)),
        // Gzip found by its magic bytes, whatever the name says; labels found with or without .gz.
        ("mixed-images-idx3-ubyte.gz", gzip(&img), "mixed-labels-idx1-ubyte", lab.clone()),
        ("named-images-idx3-ubyte", gzip(&img), "named-labels-idx1-ubyte.gz", gzip(&lab)),
        ("dots-images.idx3-ubyte", img.clone(), "dots-labels.idx1-ubyte", lab.clone()),
    ];
    for (iname, idata, lname, ldata) in cases {
        let path = write(&dir.join(iname), &idata);
        write(&dir.join(lname), &ldata);
        let set = Dataset::load(&path).unwrap();
        assert_eq!((set.count, set.height, set.width), (count, h, w), "{iname}");
        assert_eq!(set.images[..], images[..], "{iname}");
        assert_eq!(set.labels.as_ref(), Some(&labels), "{iname}");
        assert_eq!(set.image(3), &images[3 * h * w..4 * h * w]);
        assert_eq!(set.source, path);
    }
    let alone = write(&dir.join("alone-images-idx3-ubyte.gz"), &gzip(&img));
    let set = Dataset::load(&alone).unwrap();
    assert!(set.labels.is_none());
    assert_eq!(set.images[..], images[..]);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn corrupt_idx_files_are_refused_naming_them() {
    let dir = temp_dir("corrupt");
    let images = bytes(4 * 3 * 3, 3);
    let good = idx_file(0x803, &[4, 3, 3], &images);

    let p = write(&dir.join("magic-images-idx3-ubyte"), &idx_file(0x1803, &[4, 3, 3], &images));
    assert!(load_err(&p, ReadOptions::default(), &p).contains("magic"));
    let p = write(&dir.join("float-images-idx3-ubyte"), &idx_file(0x0d03, &[4, 3, 3], &images));
    assert!(load_err(&p, ReadOptions::default(), &p).contains("magic"));
    let p = write(&dir.join("rank-images-idx3-ubyte"), &idx_file(0x802, &[4, 9], &images));
    assert!(load_err(&p, ReadOptions::default(), &p).contains("rank"));
    // No images at all: an empty data set.
    let p = write(&dir.join("none-images-idx3-ubyte"), &idx_file(0x803, &[0, 3, 3], &[]));
    assert!(load_err(&p, ReadOptions::default(), &p).contains("empty shape 0x3x3"));
    let p = write(&dir.join("short-images-idx3-ubyte"), &[0, 0]);
    load_err(&p, ReadOptions::default(), &p);
    let p = write(&dir.join("header-images-idx3-ubyte"), &good[..10]);
    assert!(load_err(&p, ReadOptions::default(), &p).contains("header"));
    let p = write(&dir.join("trunc-images-idx3-ubyte"), &good[..good.len() - 1]);
    assert!(load_err(&p, ReadOptions::default(), &p).contains("truncated"));
    let p = write(&dir.join("trunc-gz-images-idx3-ubyte.gz"), &gzip(&good[..good.len() - 5]));
    assert!(load_err(&p, ReadOptions::default(), &p).contains("truncated"));
    let mut long = good.clone();
    long.push(0);
    let p = write(&dir.join("long-images-idx3-ubyte"), &long);
    assert!(load_err(&p, ReadOptions::default(), &p).contains("mismatch"));
    // A header claiming about 2^64 bytes over 36 bytes of data: refused before any allocation.
    let p = write(&dir.join("absurd-images-idx3-ubyte"), &idx_file(0x803, &[u32::MAX, u32::MAX, u32::MAX], &images));
    assert!(load_err(&p, ReadOptions::default(), &p).contains("truncated"));
    let p = write(&dir.join("zero-images-idx3-ubyte"), &idx_file(0x803, &[0, 3, 3], &[]));
    load_err(&p, ReadOptions::default(), &p);
    let mut broken = gzip(&good);
    let n = broken.len();
    broken[12..n - 8].iter_mut().for_each(|b| *b ^= 0x5a);
    let p = write(&dir.join("badgz-images-idx3-ubyte.gz"), &broken);
    assert!(load_err(&p, ReadOptions::default(), &p).contains("gzip"));
    let gz_good = gzip(&good);
    let p = write(&dir.join("cutgz-images-idx3-ubyte.gz"), &gz_good[..gz_good.len() / 2]);
    load_err(&p, ReadOptions::default(), &p);

    // Labels beside the images: wrong count, wrong magic, truncated.
    let p = write(&dir.join("count-images-idx3-ubyte"), &good);
    let l = write(&dir.join("count-labels-idx1-ubyte"), &idx_file(0x801, &[5], &[0; 5]));
    assert!(load_err(&p, ReadOptions::default(), &l).contains("4 images"));
    let p = write(&dir.join("lmagic-images-idx3-ubyte"), &good);
    let l = write(&dir.join("lmagic-labels-idx1-ubyte.gz"), &gzip(&idx_file(0x803, &[4, 1, 1], &[0; 4])));
    load_err(&p, ReadOptions::default(), &l);
    let p = write(&dir.join("ltrunc-images-idx3-ubyte"), &good);
    let l = write(&dir.join("ltrunc-labels-idx1-ubyte"), &idx_file(0x801, &[4], &[0; 3]));
    load_err(&p, ReadOptions::default(), &l);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn missing_path_is_refused_naming_it() {
    let p = std::env::temp_dir().join(format!("wgvae-test-data-{}-nowhere/none-images-idx3-ubyte", std::process::id()));
    load_err(&p, ReadOptions::default(), &p);
}

fn gray(w: u32, h: u32, seed: u64) -> image::GrayImage {
    image::GrayImage::from_raw(w, h, bytes((w * h) as usize, seed)).unwrap()
}

#[test]
fn png_folder_loads_in_name_order_and_grayscale_converts_colour() {
    let dir = temp_dir("pngs");
    let (w, h) = (4, 3);
    let b = gray(w, h, 10);
    let c = gray(w, h, 11);
    // An RGB image: gray pixels (r = g = b) must keep their value, colored ones go through luma.
    let mut a = image::RgbImage::new(w, h);
    for (i, px) in a.pixels_mut().enumerate() {
        let v = (i * 20) as u8;
        *px = if i < 6 { image::Rgb([v, v, v]) } else { image::Rgb([v, 255 - v, v / 2]) };
    }
    let a_gray = image::DynamicImage::ImageRgb8(a.clone()).to_luma8();
    b.save(dir.join("b.png")).unwrap();
    c.save_with_format(dir.join("c.PNG"), image::ImageFormat::Png).unwrap();
    a.save(dir.join("a.png")).unwrap();
    std::fs::write(dir.join("notes.txt"), "not an image").unwrap();
    std::fs::create_dir(dir.join("sub.png")).unwrap();

    // Colour beside grayscale is refused by name; --grayscale makes them one set.
    let msg = load_err(&dir, ReadOptions::default(), &dir.join("b.png"));
    assert!(msg.contains("grayscale") && msg.contains(&dir.join("a.png").display().to_string()), "{msg}");
    let set = Dataset::load_with(&dir, ReadOptions { grayscale: true, image_size: None }).unwrap();
    assert_eq!(set.shape(), [1, h as usize, w as usize]);
    assert_eq!((set.count, set.height, set.width, set.dim()), (3, h as usize, w as usize, (w * h) as usize));
    assert!(set.labels.is_none());
    assert_eq!(set.image(0), a_gray.as_raw().as_slice());
    assert_eq!(&set.image(0)[..6], &[0, 20, 40, 60, 80, 100]);
    assert_eq!(set.image(1), b.as_raw().as_slice());
    assert_eq!(set.image(2), c.as_raw().as_slice());
    assert_eq!(set.source, dir);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_folders_are_refused_naming_the_culprit() {
    let dir = temp_dir("odd");
    gray(4, 3, 1).save(dir.join("a.png")).unwrap();
    gray(5, 3, 2).save(dir.join("b.png")).unwrap();
    let msg = load_err(&dir, ReadOptions::default(), &dir.join("b.png"));
    assert!(msg.contains("1x3x5") && msg.contains("1x3x4") && msg.contains("--image-size"), "{msg}");
    std::fs::remove_dir_all(&dir).unwrap();

    let dir = temp_dir("undecodable");
    gray(4, 3, 1).save(dir.join("a.png")).unwrap();
    let bad = write(&dir.join("b.jpg"), b"this is no jpeg");
    load_err(&dir, ReadOptions::default(), &bad);
    std::fs::remove_dir_all(&dir).unwrap();

    let dir = temp_dir("empty");
    load_err(&dir, ReadOptions::default(), &dir);
    std::fs::write(dir.join("readme.txt"), "no images here").unwrap();
    load_err(&dir, ReadOptions::default(), &dir);
    std::fs::remove_dir_all(&dir).unwrap();
}
