// C[batch][row][col] = epilogue(sum_r A(row, r) B(r, col)): the parameters shared by every
// matmul entry point, for the three layouts of a linear layer (src/kernels/matmul.rs):
//   forward      Y  = act(X W^T + b)  A = X [M,K], B = W^T (W is [N,K]), C = Y [M,N]
//   grad_weight  dW = dZ^T X          A = dZ^T,    B = X,                C = dW [N,K]
//   grad_input   dX = dZ W            A = dZ,      B = W,                C = dX [M,K]
// C is always row-major and contiguous; A and B are described by element strides.
struct MatmulParams {
    rows: u32,
    cols: u32,
    depth: u32,
    act: u32,
    a_row: u32,
    a_depth: u32,
    b_depth: u32,
    b_col: u32,
    a_batch: u32,
    b_batch: u32,
    c_batch: u32,
    has_bias: u32,
    // Also write each row's sum over depth of A to bias[batch * rows + row]: in grad_weight,
    // the bias gradient db = sum over the batch rows of dZ, from the dZ values the kernel loads anyway.
    row_sums: u32,
}

@group(0) @binding(0) var<uniform> p: MatmulParams;
// forward: the bias the epilogue adds (has_bias); grad_weight: where the row sums go (row_sums).
@group(0) @binding(3) var<storage, read_write> bias: array<f32>;
@group(0) @binding(4) var<storage, read_write> c: array<f32>;

fn epilogue(acc: f32, col: u32) -> f32 {
    var z = acc;
    if (p.has_bias != 0u) {
        z += bias[col];
    }
    return act_forward(z, p.act);
}
