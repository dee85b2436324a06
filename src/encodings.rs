//! What `wgvae encode` writes: each image's μ and log σ² of q(z|x), with its label when the
//! data has labels, as a NumPy `.npy` file or a CSV file with a header.
//!
//! The `.npy` file holds a structured array, one record per image, fields `mu_0` … `mu_{L-1}`,
//! `logvar_0` … `logvar_{L-1}` (little-endian f32) and `label` (u8): `np.load` reads it
//! (`a["mu_0"]`, or `numpy.lib.recfunctions.structured_to_unstructured` for a matrix) and so
//! does `pandas.DataFrame(np.load(path))`, with the field names as columns.

use std::io;
use std::path::Path;

use npyz::{DType, Field, TypeStr, WriterBuilder};

use crate::error::{Error, Result};
use crate::files::write_atomic;

/// The encodings of `n` images: `heads` [n, 2·latent] (μ then log σ² per image) and labels.
pub struct Encodings<'a> {
    pub latent: usize,
    pub heads: &'a [f32],
    pub labels: Option<&'a [u8]>,
}

impl Encodings<'_> {
    fn count(&self) -> usize {
        self.heads.len() / (2 * self.latent).max(1)
    }

    fn column_names(&self) -> Vec<String> {
        let mut names: Vec<String> = (0..self.latent).map(|i| format!("mu_{i}")).collect();
        names.extend((0..self.latent).map(|i| format!("logvar_{i}")));
        if self.labels.is_some() {
            names.push("label".into());
        }
        names
    }

    fn check(&self) -> Result<()> {
        let n = self.count();
        if self.latent == 0 || self.heads.len() != n * 2 * self.latent {
            return Err(Error::Invalid(format!(
                "{} values are not whole rows of 2 x {}",
                self.heads.len(),
                self.latent
            )));
        }
        match self.labels {
            Some(labels) if labels.len() != n => Err(Error::Invalid(format!("{} labels for {n} images", labels.len()))),
            _ => Ok(()),
        }
    }

    /// The `.npy` file's bytes.
    pub fn npy(&self) -> Result<Vec<u8>> {
        self.check()?;
        let type_str = |s: &str| s.parse::<TypeStr>().expect("a valid NumPy type string");
        let fields = self
            .column_names()
            .into_iter()
            .map(|name| {
                let dtype = DType::Plain(type_str(if name == "label" { "|u1" } else { "<f4" }));
                Field { name, dtype }
            })
            .collect();
        let mut bytes = vec![];
        let io = |e: io::Error| Error::Io(format!("encoding the latents as .npy: {e}"));
        let mut writer = npyz::WriteOptions::<Record>::new()
            .dtype(DType::Record(fields))
            .shape(&[self.count() as u64])
            .writer(&mut bytes)
            .begin_nd()
            .map_err(io)?;
        for (i, head) in self.heads.chunks(2 * self.latent).enumerate() {
            writer.push(&Record { values: head.to_vec(), label: self.labels.map(|l| l[i]) }).map_err(io)?;
        }
        writer.finish().map_err(io)?;
        Ok(bytes)
    }

    /// The CSV file: a header, then one row per image.
    pub fn csv(&self) -> Result<String> {
        self.check()?;
        let mut text = self.column_names().join(",");
        text.push('\n');
        for (i, head) in self.heads.chunks(2 * self.latent).enumerate() {
            let mut row: Vec<String> = head.iter().map(|v| v.to_string()).collect();
            if let Some(labels) = self.labels {
                row.push(labels[i].to_string());
            }
            text.push_str(&row.join(","));
            text.push('\n');
        }
        Ok(text)
    }

    /// Writes `path` as `.npy` or `.csv` by its extension (temp file, then rename).
    pub fn write(&self, path: &Path) -> Result<()> {
        let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
        let bytes = match extension.as_deref() {
            Some("npy") => self.npy()?,
            Some("csv") => self.csv()?.into_bytes(),
            _ => {
                return Err(Error::Invalid(format!(
                    "{}: the latents are written as .npy or .csv (by the file's extension)",
                    path.display()
                )));
            }
        };
        write_atomic(path, &bytes)
    }
}

/// One image's record: its 2·latent f32 values, then its label.
struct Record {
    values: Vec<f32>,
    label: Option<u8>,
}

struct RecordWriter {
    fields: usize,
}

impl npyz::TypeWrite for RecordWriter {
    type Value = Record;

    fn write_one<W: io::Write>(&self, mut w: W, record: &Record) -> io::Result<()> {
        if record.values.len() + record.label.is_some() as usize != self.fields {
            return Err(io::Error::other("a record with the wrong number of fields"));
        }
        for v in &record.values {
            w.write_all(&v.to_le_bytes())?;
        }
        match record.label {
            Some(label) => w.write_all(&[label]),
            None => Ok(()),
        }
    }
}

impl npyz::Serialize for Record {
    type TypeWriter = RecordWriter;

    fn writer(dtype: &DType) -> std::result::Result<RecordWriter, npyz::DTypeError> {
        match dtype {
            DType::Record(fields) => Ok(RecordWriter { fields: fields.len() }),
            other => Err(npyz::DTypeError::expected_record(other)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Encodings;

    #[test]
    fn npy_header_and_records() {
        let heads = [0.5f32, -1.0, 2.0, 0.25, 1.5, -2.5, 3.0, -0.125];
        let latents = Encodings { latent: 2, heads: &heads, labels: Some(&[7, 3]) };
        let bytes = latents.npy().unwrap();
        assert_eq!(&bytes[..6], b"\x93NUMPY");
        let header_len = u16::from_le_bytes([bytes[8], bytes[9]]) as usize;
        let header = std::str::from_utf8(&bytes[10..10 + header_len]).unwrap();
        for part in ["('mu_0', '<f4')", "('logvar_1', '<f4')", "('label', '|u1')", "'shape': (2, )"] {
            assert!(header.contains(part), "{part} missing from {header}");
        }
        let data = &bytes[10 + header_len..];
        assert_eq!(data.len(), 2 * (4 * 4 + 1));
        let f = |at: usize| f32::from_le_bytes(data[at..at + 4].try_into().unwrap());
        assert_eq!((f(0), f(12), data[16]), (0.5, 0.25, 7));
        assert_eq!((f(17), f(17 + 12), data[33]), (1.5, -0.125, 3));
    }

    #[test]
    fn csv_has_a_header_and_a_row_per_image() {
        let heads = [0.5f32, -1.0, 2.0, 0.25];
        let csv = Encodings { latent: 2, heads: &heads, labels: None }.csv().unwrap();
        assert_eq!(csv, "mu_0,mu_1,logvar_0,logvar_1\n0.5,-1,2,0.25\n");
        assert!(Encodings { latent: 2, heads: &heads[..3], labels: None }.csv().is_err());
        assert!(Encodings { latent: 2, heads: &heads, labels: Some(&[1, 2]) }.npy().is_err());
    }
}
