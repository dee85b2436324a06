//! The page's data: the bundled digits (compiled in: a page has no data/ folder to read), the
//! images of a `.npy` file, or pictures the browser decoded. Each gives a training set and a
//! held-out set.

use std::path::Path;

use wasm_bindgen::JsError;
use wgvae::data::{Dataset, describe_shape, npy};

use crate::js_error;

const DIGITS_TRAIN: &[u8] = include_bytes!("../../data/mnist-train-images-idx3-ubyte.gz");
const DIGITS_TRAIN_LABELS: &[u8] = include_bytes!("../../data/mnist-train-labels-idx1-ubyte.gz");
const DIGITS_TEST: &[u8] = include_bytes!("../../data/mnist-test-images-idx3-ubyte.gz");
const DIGITS_TEST_LABELS: &[u8] = include_bytes!("../../data/mnist-test-labels-idx1-ubyte.gz");

/// The share of a file's or a folder's images held out for the held-out figures.
const HELD_OUT_SHARE: usize = 10;

/// Training and held-out images, and what they are.
pub struct Data {
    pub train: Dataset,
    pub test: Dataset,
    name: String,
}

impl Data {
    /// The first `train_images` (all when 0) of the bundled 9,000 training digits; the 1,000
    /// held-out digits.
    pub fn digits(train_images: usize) -> Result<Data, JsError> {
        let read = |images: &[u8], labels: &[u8], name: &str| {
            Dataset::from_idx_bytes_with_labels(images.to_vec(), labels.to_vec(), Path::new(name)).map_err(js_error)
        };
        let train = read(DIGITS_TRAIN, DIGITS_TRAIN_LABELS, "the bundled training digits")?;
        let test = read(DIGITS_TEST, DIGITS_TEST_LABELS, "the bundled held-out digits")?;
        let train = match train_images {
            0 => train,
            n if n <= train.count => train.slice(0..n),
            n => return Err(JsError::new(&format!("{n} training digits: the bundled set has {}", train.count))),
        };
        Ok(Data { train, test, name: "the bundled MNIST digits".into() })
    }

    /// The images of a `.npy` file's bytes, the last tenth held out.
    pub fn npy(bytes: &[u8], name: &str) -> Result<Data, JsError> {
        let all = npy::from_bytes(bytes, Path::new(name)).map_err(js_error)?;
        Data::split(all, name)
    }

    /// `count` pictures of `side` × `side` RGBA pixels, as the browser decoded them: one grey
    /// channel when every pixel of every picture is grey, else three (alpha is dropped).
    pub fn pictures(rgba: &[u8], count: usize, side: usize) -> Result<Data, JsError> {
        let plane = side * side;
        if count == 0 || side == 0 || rgba.len() != count * plane * 4 {
            return Err(JsError::new(&format!(
                "{} bytes of pixels for {count} pictures of {side}x{side} (RGBA needs {})",
                rgba.len(),
                count * plane * 4
            )));
        }
        let grey = rgba.chunks_exact(4).all(|p| p[0] == p[1] && p[1] == p[2]);
        let channels = if grey { 1 } else { 3 };
        let mut images = vec![0u8; count * channels * plane];
        for (n, picture) in rgba.chunks_exact(4 * plane).enumerate() {
            let out = &mut images[n * channels * plane..][..channels * plane];
            for (p, pixel) in picture.chunks_exact(4).enumerate() {
                for c in 0..channels {
                    out[c * plane + p] = pixel[c];
                }
            }
        }
        let all = Dataset {
            images: images.into(),
            labels: None,
            count,
            channels,
            height: side,
            width: side,
            source: "your pictures".into(),
            read: Default::default(),
        };
        Data::split(all, "your pictures")
    }

    /// The last tenth of `all` held out (at least one image, at least one left to train on).
    fn split(all: Dataset, name: &str) -> Result<Data, JsError> {
        if all.count < 2 {
            return Err(JsError::new(&format!("{name}: {} image; training needs two or more", all.count)));
        }
        let held_out = (all.count / HELD_OUT_SHARE).max(1);
        let first_held_out = all.count - held_out;
        Ok(Data { train: all.slice(0..first_held_out), test: all.slice(first_held_out..all.count), name: name.into() })
    }

    /// What the page shows of the data (JSON): its name, counts, shape and whether it has labels.
    pub fn describe(&self) -> String {
        serde_json::json!({
            "name": self.name,
            "train": self.train.count,
            "heldOut": self.test.count,
            "shape": describe_shape(self.train.shape()),
            "channels": self.train.channels,
            "side": self.train.height,
            "width": self.train.width,
            "labels": self.test.labels.is_some(),
        })
        .to_string()
    }
}
