//! Charts drawn with plotters into a pixel buffer (written by [`crate::pictures::save_png`]): the scatter of encoded data,
//! the training curves and bar charts. Text uses a subset of DejaVu Sans embedded in the binary
//! (assets/fonts), so a machine without fonts draws the same picture.

use std::sync::Once;

use image::RgbImage;
use plotters::coord::Shift;
use plotters::prelude::*;

use crate::error::{Error, Result};

const FONT: &str = "sans-serif";
#[cfg(not(target_arch = "wasm32"))]
static FONT_BYTES: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-subset.ttf");

/// Ten colours that stay apart (matplotlib's tab10), one per label modulo 10.
pub const PALETTE: [RGBColor; 10] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
    RGBColor(227, 119, 194),
    RGBColor(127, 127, 127),
    RGBColor(188, 189, 34),
    RGBColor(23, 190, 207),
];

fn register_font() {
    static REGISTER: Once = Once::new();
    REGISTER.call_once(|| {
        // The font is part of the binary and a test draws with it: it parses. (On the web,
        // plotters has no font registry: there text is the canvas's.)
        #[cfg(not(target_arch = "wasm32"))]
        let _ = plotters::style::register_font(FONT, FontStyle::Normal, FONT_BYTES);
    });
}

fn plot_error(e: impl std::fmt::Display) -> Error {
    Error::Invalid(format!("drawing a chart: {e}"))
}

/// Draws with `draw` on a white canvas of `width` × `height` and returns the pixels.
pub fn canvas(
    (width, height): (u32, u32),
    draw: impl FnOnce(&DrawingArea<BitMapBackend<'_>, Shift>) -> Result<()>,
) -> Result<RgbImage> {
    register_font();
    let mut pixels = vec![0u8; width as usize * height as usize * 3];
    {
        let area = BitMapBackend::with_buffer(&mut pixels, (width, height)).into_drawing_area();
        area.fill(&WHITE).map_err(plot_error)?;
        draw(&area)?;
        area.present().map_err(plot_error)?;
    }
    Ok(RgbImage::from_raw(width, height, pixels).expect("the buffer holds the canvas"))
}

/// The range of `values` with a margin of 5% on each side (a unit range around a constant).
fn padded_range(values: impl Iterator<Item = f64>) -> std::ops::Range<f64> {
    let (lo, hi) =
        values.filter(|v| v.is_finite()).fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if !lo.is_finite() {
        return -1.0..1.0;
    }
    let pad = if hi > lo { 0.05 * (hi - lo) } else { 0.5 };
    lo - pad..hi + pad
}

/// A scatter of `points` coloured by `labels` (with a legend), or in one colour without them.
pub fn scatter(
    area: &DrawingArea<BitMapBackend<'_>, Shift>,
    title: &str,
    axes: [&str; 2],
    points: &[[f32; 2]],
    labels: Option<&[u8]>,
) -> Result<()> {
    let x_range = padded_range(points.iter().map(|p| p[0] as f64));
    let y_range = padded_range(points.iter().map(|p| p[1] as f64));
    let mut chart = ChartBuilder::on(area)
        .caption(title, (FONT, 18))
        .margin(10)
        .x_label_area_size(36)
        .y_label_area_size(48)
        .build_cartesian_2d(x_range, y_range)
        .map_err(plot_error)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_desc(axes[0])
        .y_desc(axes[1])
        .label_style((FONT, 12))
        .draw()
        .map_err(plot_error)?;
    let mut classes: Vec<u8> = labels.map(|l| l.to_vec()).unwrap_or_default();
    classes.sort_unstable();
    classes.dedup();
    if classes.is_empty() {
        let dots = points.iter().map(|p| Circle::new((p[0] as f64, p[1] as f64), 2, PALETTE[0].mix(0.5).filled()));
        chart.draw_series(dots).map_err(plot_error)?;
        return Ok(());
    }
    let labels = labels.expect("classes come from the labels");
    for &class in &classes {
        let colour = PALETTE[class as usize % PALETTE.len()];
        let dots = points
            .iter()
            .zip(labels)
            .filter(|(_, l)| **l == class)
            .map(|(p, _)| Circle::new((p[0] as f64, p[1] as f64), 2, colour.mix(0.6).filled()));
        chart
            .draw_series(dots)
            .map_err(plot_error)?
            .label(class.to_string())
            .legend(move |(x, y)| Circle::new((x, y), 4, colour.filled()));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .label_font((FONT, 12))
        .draw()
        .map_err(plot_error)
}

/// One curve of a chart: a name for the legend and its (x, y) points (NaN: no point).
pub struct Curve<'a> {
    pub name: &'a str,
    pub points: Vec<(f64, f64)>,
}

/// Line charts of `curves` over a shared x axis, with markers at the points and a legend.
pub fn curves(
    area: &DrawingArea<BitMapBackend<'_>, Shift>,
    title: &str,
    axes: [&str; 2],
    curves: &[Curve<'_>],
) -> Result<()> {
    let all = || curves.iter().flat_map(|c| c.points.iter()).filter(|p| p.1.is_finite());
    let x_range = padded_range(all().map(|p| p.0));
    let y_range = padded_range(all().map(|p| p.1));
    let mut chart = ChartBuilder::on(area)
        .caption(title, (FONT, 18))
        .margin(10)
        .x_label_area_size(36)
        .y_label_area_size(56)
        .build_cartesian_2d(x_range, y_range)
        .map_err(plot_error)?;
    // Whole-number x (epochs) gets a tick at each whole number, up to a dozen.
    let whole = all().all(|p| p.0.fract() == 0.0);
    let span = all().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max) - all().map(|p| p.0).fold(f64::INFINITY, f64::min);
    let x_ticks = if whole && span.is_finite() { (span as usize + 1).min(12) } else { 10 };
    chart
        .configure_mesh()
        .x_desc(axes[0])
        .y_desc(axes[1])
        .x_labels(x_ticks)
        .x_label_formatter(&|x| if whole { format!("{x:.0}") } else { format!("{x}") })
        .y_label_formatter(&|y| format!("{y:.0}"))
        .label_style((FONT, 12))
        .draw()
        .map_err(plot_error)?;
    for (i, curve) in curves.iter().enumerate() {
        let colour = PALETTE[i % PALETTE.len()];
        let points: Vec<(f64, f64)> = curve.points.iter().copied().filter(|p| p.1.is_finite()).collect();
        chart
            .draw_series(LineSeries::new(points.clone(), colour.stroke_width(2)))
            .map_err(plot_error)?
            .label(curve.name)
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 16, y)], colour.stroke_width(2)));
        chart.draw_series(points.iter().map(|&p| Circle::new(p, 3, colour.filled()))).map_err(plot_error)?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .label_font((FONT, 12))
        .draw()
        .map_err(plot_error)
}

/// A bar per (name, value), in order, from zero up.
pub fn bars(
    area: &DrawingArea<BitMapBackend<'_>, Shift>,
    title: &str,
    axes: [&str; 2],
    values: &[(String, f64)],
) -> Result<()> {
    let top = values.iter().map(|v| v.1).filter(|v| v.is_finite()).fold(0.0, f64::max);
    let n = values.len();
    let mut chart = ChartBuilder::on(area)
        .caption(title, (FONT, 18))
        .margin(10)
        .x_label_area_size(36)
        .y_label_area_size(56)
        .build_cartesian_2d(-0.5..n as f64 - 0.5, 0.0..if top > 0.0 { top * 1.1 } else { 1.0 })
        .map_err(plot_error)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_desc(axes[0])
        .y_desc(axes[1])
        .x_labels(n.min(20))
        .x_label_formatter(&|x| {
            let i = x.round();
            if (x - i).abs() < 1e-6 && i >= 0.0 {
                values.get(i as usize).map_or(String::new(), |v| v.0.clone())
            } else {
                String::new()
            }
        })
        .label_style((FONT, 12))
        .draw()
        .map_err(plot_error)?;
    let bars = values.iter().enumerate().map(|(i, (_, v))| {
        Rectangle::new([(i as f64 - 0.35, 0.0), (i as f64 + 0.35, v.max(0.0))], PALETTE[0].filled())
    });
    chart.draw_series(bars).map_err(plot_error)?;
    Ok(())
}
