//! `wgvae latent-map`: where the data lands in the latent space. For a 2-D latent, the decoded
//! manifold over a grid of z (Kingma & Welling's figure: z at evenly spaced quantiles of the
//! prior) beside a scatter of the encoded data; for a larger latent, the scatter on the first
//! two principal components of the means.

use image::{GenericImage, Rgb, RgbImage};

use crate::error::Result;
use crate::pictures;
use crate::plots;

/// Φ⁻¹(p), the standard normal quantile on (0, 1), by Acklam's rational approximation
/// (relative error below 1.2e-9: far finer than a picture needs).
pub fn normal_quantile(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969683028665376e1,
        2.209460984245205e2,
        -2.759285104469687e2,
        1.38357751867269e2,
        -3.066479806614716e1,
        2.506628277459239,
    ];
    const B: [f64; 5] =
        [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
    const C: [f64; 6] = [
        -7.784894002430293e-3,
        -3.223964580411365e-1,
        -2.400758277161838,
        -2.549732539343734,
        4.374664141464968,
        2.938163982698783,
    ];
    const D: [f64; 4] = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
    let tail = |q: f64| {
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    if p < 0.02425 {
        tail((-2.0 * p.ln()).sqrt())
    } else if p > 1.0 - 0.02425 {
        -tail((-2.0 * (1.0 - p).ln()).sqrt())
    } else {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    }
}

/// z for a `side` × `side` grid at the prior's quantiles (i + ½)/side in each dimension, rows
/// top to bottom with z₂ decreasing, as a picture reads.
pub fn manifold_grid(side: usize) -> Vec<f32> {
    let q = |i: usize| normal_quantile((i as f64 + 0.5) / side as f64) as f32;
    (0..side).flat_map(|r| (0..side).flat_map(move |c| [q(c), q(side - 1 - r)])).collect()
}

/// The two leading principal axes of `points` ([n, dim]): the points projected on them (the
/// mean removed) and the share of the total variance along each.
pub fn principal_components(points: &[f32], dim: usize) -> (Vec<[f32; 2]>, [f64; 2]) {
    let n = points.len() / dim.max(1);
    let mut mean = vec![0.0f64; dim];
    for p in points.chunks(dim) {
        for (m, &v) in mean.iter_mut().zip(p) {
            *m += v as f64 / n as f64;
        }
    }
    let mut cov = vec![0.0f64; dim * dim];
    for p in points.chunks(dim) {
        for i in 0..dim {
            for j in 0..dim {
                cov[i * dim + j] += (p[i] as f64 - mean[i]) * (p[j] as f64 - mean[j]) / n as f64;
            }
        }
    }
    let (values, vectors) = symmetric_eigen(cov, dim);
    let mut order: Vec<usize> = (0..dim).collect();
    order.sort_by(|&a, &b| values[b].total_cmp(&values[a]));
    let total: f64 = values.iter().sum::<f64>().max(f64::MIN_POSITIVE);
    let axis = |k: usize| -> Vec<f64> { (0..dim).map(|i| vectors[i * dim + order[k.min(dim - 1)]]).collect() };
    let (a, b) = (axis(0), axis(1));
    let project = |p: &[f32], v: &[f64]| p.iter().zip(&mean).zip(v).map(|((&x, m), w)| (x as f64 - m) * w).sum::<f64>();
    let projected = points.chunks(dim).map(|p| [project(p, &a) as f32, project(p, &b) as f32]).collect();
    let share = |k: usize| if k < dim { values[order[k]] / total } else { 0.0 };
    (projected, [share(0), share(1)])
}

/// Eigenvalues and eigenvectors (columns of the row-major result) of a symmetric matrix by
/// cyclic Jacobi rotations: exact to rounding for the small matrices of a latent space.
fn symmetric_eigen(mut a: Vec<f64>, n: usize) -> (Vec<f64>, Vec<f64>) {
    let mut v = vec![0.0; n * n];
    for i in 0..n {
        v[i * n + i] = 1.0;
    }
    for _sweep in 0..100 {
        let off: f64 = (0..n)
            .flat_map(|i| (0..n).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[i * n + j].powi(2))
            .sum();
        if off < 1e-30 {
            break;
        }
        for p in 0..n {
            for q in p + 1..n {
                if a[p * n + q].abs() < 1e-300 {
                    continue;
                }
                let theta = (a[q * n + q] - a[p * n + p]) / (2.0 * a[p * n + q]);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let (c, s) = (1.0 / (t * t + 1.0).sqrt(), t / (t * t + 1.0).sqrt());
                for k in 0..n {
                    let (akp, akq) = (a[k * n + p], a[k * n + q]);
                    a[k * n + p] = c * akp - s * akq;
                    a[k * n + q] = s * akp + c * akq;
                }
                for k in 0..n {
                    let (apk, aqk) = (a[p * n + k], a[q * n + k]);
                    a[p * n + k] = c * apk - s * aqk;
                    a[q * n + k] = s * apk + c * aqk;
                }
                for k in 0..n {
                    let (vkp, vkq) = (v[k * n + p], v[k * n + q]);
                    v[k * n + p] = c * vkp - s * vkq;
                    v[k * n + q] = s * vkp + c * vkq;
                }
            }
        }
    }
    ((0..n).map(|i| a[i * n + i]).collect(), v)
}

/// How well the labels cluster in the latent space: the share of points whose label is the
/// most common among their `k` nearest neighbours (`points` [n, dim], Euclidean, the point
/// itself left out; ties go to the smaller label). Chance is the largest class's share.
pub fn neighbour_accuracy(points: &[f32], dim: usize, labels: &[u8], k: usize) -> f64 {
    let n = labels.len().min(points.len() / dim.max(1));
    if n < 2 {
        return f64::NAN;
    }
    let point = |i: usize| &points[i * dim..(i + 1) * dim];
    let correct = (0..n)
        .filter(|&i| {
            let mut near: Vec<(f32, u8)> = (0..n)
                .filter(|&j| j != i)
                .map(|j| (point(i).iter().zip(point(j)).map(|(a, b)| (a - b) * (a - b)).sum::<f32>(), labels[j]))
                .collect();
            let k = k.clamp(1, n - 1);
            near.select_nth_unstable_by(k - 1, |a, b| a.0.total_cmp(&b.0));
            let mut votes = [0usize; 256];
            for &(_, label) in &near[..k] {
                votes[label as usize] += 1;
            }
            let best = (0..256).max_by_key(|&l| (votes[l], std::cmp::Reverse(l))).expect("256 labels");
            best == labels[i] as usize
        })
        .count();
    correct as f64 / n as f64
}

/// The scatter alone, on the axes named, `size` pixels square.
pub fn scatter_picture(
    points: &[[f32; 2]],
    labels: Option<&[u8]>,
    title: &str,
    axes: [&str; 2],
    size: u32,
) -> Result<RgbImage> {
    plots::canvas((size, size), |area| plots::scatter(area, title, axes, points, labels))
}

/// The smallest scatter that stays legible.
const MIN_SCATTER: u32 = 480;

/// The decoded manifold (`images` of `shape` on a `side` × `side` grid, unscaled) to the left
/// of the scatter, which is drawn as high as the grid (at least `MIN_SCATTER` pixels).
pub fn manifold_and_scatter(
    images: &[f32],
    shape: [usize; 3],
    side: usize,
    points: &[[f32; 2]],
    labels: Option<&[u8]>,
    title: &str,
) -> Result<RgbImage> {
    let grid = pictures::grid(images, shape, side)?.to_rgb8();
    let size = grid.height().max(MIN_SCATTER);
    let scatter = scatter_picture(points, labels, title, ["z1", "z2"], size)?;
    let mut picture = RgbImage::from_pixel(grid.width() + scatter.width(), size, Rgb([255, 255, 255]));
    let top = (size - grid.height()) / 2;
    picture.copy_from(&grid, 0, top).expect("the grid fits");
    picture.copy_from(&scatter, grid.width(), 0).expect("the scatter fits beside the grid");
    Ok(picture)
}

#[cfg(test)]
mod tests {
    use super::{manifold_grid, neighbour_accuracy, normal_quantile, principal_components};

    #[test]
    fn neighbour_accuracy_of_separated_and_mixed_labels() {
        // Two tight groups far apart: every neighbour agrees. Labels alternating on a line: the
        // nearest point always has the other label.
        let points = [0.0, 0.0, 0.1, 0.0, 0.0, 0.1, 10.0, 10.0, 10.1, 10.0, 10.0, 10.1];
        assert_eq!(neighbour_accuracy(&points, 2, &[1, 1, 1, 2, 2, 2], 2), 1.0);
        let line: Vec<f32> = (0..10).map(|i| i as f32).collect();
        let alternating: Vec<u8> = (0..10).map(|i| (i % 2) as u8).collect();
        assert_eq!(neighbour_accuracy(&line, 1, &alternating, 1), 0.0);
    }

    #[test]
    fn normal_quantiles_match_known_values() {
        for (p, x) in [
            (0.5, 0.0),
            (0.975, 1.959963984540054),
            (0.025, -1.959963984540054),
            (0.001, -3.090232306167813),
            (0.8413447460685429, 1.0),
        ] {
            assert!(
                (normal_quantile(p) - x).abs() < 1e-8 * x.abs().max(1.0),
                "Φ⁻¹({p}) = {} not {x}",
                normal_quantile(p)
            );
        }
        let g = manifold_grid(4);
        assert_eq!(g.len(), 32);
        // First row: z₂ at the top quantile, z₁ rising left to right; symmetric about 0.
        assert!(g[1] > 0.0 && g[0] < g[2] && (g[0] + g[6]).abs() < 1e-6 && (g[1] + g[31]).abs() < 1e-6);
    }

    #[test]
    fn principal_components_find_the_long_axis() {
        // Points along (1, 1, 0)/√2 with spread 3, small noise across: PC 1 carries most.
        let mut points = vec![];
        for i in 0..200 {
            let t = (i as f32 - 100.0) / 100.0 * 3.0;
            let noise = ((i * 37 % 11) as f32 - 5.0) * 0.01;
            points.extend_from_slice(&[t + noise, t - noise, 0.5 * noise]);
        }
        let (projected, share) = principal_components(&points, 3);
        assert!(share[0] > 0.99 && share[1] < 0.01 && share[1] >= 0.0, "{share:?}");
        let expected = |i: usize| ((i as f32 - 100.0) / 100.0 * 3.0) * std::f32::consts::SQRT_2;
        for (i, p) in projected.iter().enumerate().step_by(37) {
            assert!((p[0].abs() - expected(i).abs()).abs() < 0.05, "{i}: {p:?}");
        }
    }
}
