// C[batch][row][col] = epilogue(sum_r A(row, r) B(r, col)): the parameters shared by every
// matmul entry point, for the three layouts of a linear layer (src/kernels/matmul/mod.rs):
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
// Each kernel file declares A and B (bindings 1, 2), the bias (3: forward reads it with has_bias,
// grad_weight writes its row sums there) and C (4), as arrays of f32 or of vec4.
