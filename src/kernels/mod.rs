//! One module per kernel family: its WGSL (from shaders/, embedded) and typed launchers that
//! build [`Dispatch`](crate::gpu::Dispatch)es. The CPU reference of each lives under the same
//! name in [`crate::reference`].

pub mod accumulate;
pub mod activation;
pub mod adam;
pub mod conv;
pub mod decoder;
pub mod density;
pub mod elementwise;
pub mod gather;
pub mod grad_norm;
pub mod group_norm;
pub mod matmul;
pub mod mixture;
pub mod reduce;
pub mod resample;
pub mod rng;
pub mod sample;
pub mod sample_backward;

/// A shader's source: the named files of shaders/ joined in order, since WGSL has no #include.
macro_rules! shader_source {
    ($($file:literal),+ $(,)?) => {
        concat!($(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/shaders/", $file))),+)
    };
}
pub(crate) use shader_source;

/// The value of `const NAME: u32 = <digits>u;` in WGSL `source`, at compile time: numbers the
/// shaders and Rust share (activation ids) are defined once, in the shader, and read from it.
/// A name the source lacks stops the build.
pub(crate) const fn wgsl_u32(source: &str, name: &str) -> u32 {
    let (s, n) = (source.as_bytes(), name.as_bytes());
    let prefix = b"const ";
    let mut i = 0;
    while i + prefix.len() + n.len() < s.len() {
        let mut j = 0;
        while j < prefix.len() && s[i + j] == prefix[j] {
            j += 1;
        }
        let mut k = 0;
        while j == prefix.len() && k < n.len() && s[i + j + k] == n[k] {
            k += 1;
        }
        if j == prefix.len() && k == n.len() && s[i + j + k] == b':' {
            // Past "= " to the digits (the type, u32, has digits of its own).
            let mut p = i + j + k;
            while p < s.len() && s[p] != b'=' {
                p += 1;
            }
            while p < s.len() && !s[p].is_ascii_digit() {
                p += 1;
            }
            let mut value = 0u32;
            while p < s.len() && s[p].is_ascii_digit() {
                value = value * 10 + (s[p] - b'0') as u32;
                p += 1;
            }
            return value;
        }
        i += 1;
    }
    panic!("a constant the WGSL source does not define");
}

/// Every shader module of the crate, by name, as wgpu compiles it (for portability checks),
/// the generated matmul blocks ([`matmul::vec4::modules`]) last.
pub fn shader_modules() -> Vec<(&'static str, &'static str)> {
    let mut modules = vec![
        (accumulate::SOURCE_NAME, accumulate::SOURCE),
        (activation::SOURCE_NAME, activation::SOURCE),
        (activation::BACKWARD_NAME, activation::BACKWARD_SOURCE),
        (adam::SOURCE_NAME, adam::SOURCE),
        (conv::SOURCE_NAME, conv::SOURCE),
        (decoder::HEAD_NAME, decoder::HEAD_SOURCE),
        (decoder::BACKWARD_NAME, decoder::BACKWARD_SOURCE),
        (decoder::BACKWARD_VEC4_NAME, decoder::BACKWARD_VEC4_SOURCE),
        (density::SOURCE_NAME, density::SOURCE),
        (density::VEC4_NAME, density::VEC4_SOURCE),
        (elementwise::SOURCE_NAME, elementwise::SOURCE),
        (gather::SOURCE_NAME, gather::SOURCE),
        (grad_norm::SOURCE_NAME, grad_norm::SOURCE),
        (group_norm::FORWARD_NAME, group_norm::FORWARD_SOURCE),
        (group_norm::BACKWARD_NAME, group_norm::BACKWARD_SOURCE),
        (matmul::STRIDED_NAME, matmul::STRIDED_SOURCE),
        (mixture::SOURCE_NAME, mixture::SOURCE),
        (reduce::BATCH_NAME, reduce::BATCH_SOURCE),
        (reduce::STREAM_NAME, reduce::STREAM_SOURCE),
        (resample::SOURCE_NAME, resample::SOURCE),
        (rng::SOURCE_NAME, rng::SOURCE),
        (sample::SOURCE_NAME, sample::SOURCE),
        (sample_backward::SOURCE_NAME, sample_backward::SOURCE),
        (sample_backward::FREE_BITS_NAME, sample_backward::FREE_BITS_SOURCE),
    ];
    modules.extend(matmul::vec4::modules());
    modules
}

/// Checks that a buffer holds at least `needed` elements, naming the operand if not.
pub(crate) fn check_len<T: bytemuck::Pod>(
    kernel: &str,
    operand: &str,
    buffer: &crate::gpu::GpuBuffer<T>,
    needed: u64,
) -> crate::error::Result<()> {
    if (buffer.len() as u64) < needed {
        return Err(crate::error::Error::Invalid(format!(
            "{kernel}: {operand} holds {} elements, the shape needs {needed}",
            buffer.len()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn wgsl_constants_are_read_by_name() {
        let source = "const A_B: u32 = 7u;\nconst A: u32 = 12u;\nconst A_BC: u32 = 3u;";
        assert_eq!(
            [super::wgsl_u32(source, "A"), super::wgsl_u32(source, "A_B"), super::wgsl_u32(source, "A_BC")],
            [12, 7, 3]
        );
    }
}
