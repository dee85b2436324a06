// The parameters of decoder_output_grad (decoder_backward.wgsl and its vec4 twin).

struct GradParams {
    rows: u32,
    data_dim: u32,
    samples: u32,
    likelihood: u32,
    floor: f32,
    scale: f32,     // 1 / points
    identity_mean: u32,
}

@group(0) @binding(0) var<uniform> p: GradParams;
