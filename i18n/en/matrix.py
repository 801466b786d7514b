"""Matrix neuron page."""

STRINGS = {
    "matrix.title": "Matrix neuron: many samples at once",
    "matrix.intro": "Put `N` input vectors side by side and you get a matrix `X` with one "
    "**sample per column**: shape $(l_I, N)$. The same neuron (one `w`, one `b`) computes "
    "`Z = Xᵀw + b` for all columns in one matrix product, and `A = g(Z)` holds one output "
    "per sample.",
    "matrix.features": "number of features $l_I$",
    "matrix.features_help": "Rows of X, and the length of w.",
    "matrix.samples": "number of samples N",
    "matrix.samples_help": "Columns of X, and the length of Z and A.",
    "matrix.sample": "picked sample i",
    "matrix.sample_help": "Or click a column of X or a row of Z.",
    "matrix.one_sample": "Only one sample: i = 0.",
    "matrix.activation": "activation g",
    "matrix.shapes_caption": "Samples: N = {n}, each of length $l_I$ = {l}. The inner sizes of `@` "
    "agree ($l_I$ = {l}); the result has one row per sample.",
    "matrix.feature_axis": "feature j",
    "matrix.sample_axis": "sample i",
    "matrix.x_title": "X: one sample per column",
    "matrix.w_title": "w",
    "matrix.z_title": "Z = Xᵀw + b",
    "matrix.a_title": "A = g(Z)",
    "matrix.click_hint": "Click a column of X, or a row of Z, to pick that sample (it is "
    "framed).",
    "matrix.sample_title": "Sample {i}, on its own",
    "matrix.sample_text": "Column {i} of X is one input vector $x_{{{i}}}$. Its row of `Z` is the "
    "vector neuron's dot product, with the same `w` and `b`:",
    "matrix.sample_values": "Values of $x_{{{i}}}$ (features j = 0 … {last}): {values}",
    "matrix.same_alone": "Feeding only column {i} to the same neuron gives a = {a}, shape "
    "{shape}: the matrix is N vector neurons at once.",
    "matrix.convention": "**Conventions.** This lesson puts samples in columns, `X` of shape "
    "$(l_I, N)$. scikit-learn and PyTorch put samples in rows, shape $(N, l_I)$, and write "
    "`X @ w`: the same numbers, transposed.",
    "matrix.try_title": "Try it: two experiments (predict first, then set it up)",
    "matrix.try_intro": "Each button sets the controls below; move them on from there.",
    "matrix.try_one_sample": "Set **N = 1**. What do X, Z and A become?",
    "matrix.try_one_sample_why": "X is a single column, shape ($l_I$×1): one input vector. Z and "
    "A have one row each: this is the vector neuron.",
    "matrix.try_same_neuron": "Pick **sample 2**. Is its row of Z what the neuron computes for "
    "column 2 alone?",
    "matrix.try_same_neuron_why": "Yes: z₂ = x₂ᵀw + b with the same w and b (see the box on "
    "sample 2 below). The matrix product computes N dot products at once.",
    # Read out by screen readers for the charts.
    "matrix.x_alt": "Heatmap of X, shape {l} × {n}: one sample per column, red above zero and "
    "blue below. Column {i}, the picked sample, is framed.",
    "matrix.w_alt": "Heatmap of w, shape {l} × 1: one weight per feature.",
    "matrix.z_alt": "Heatmap of Z = Xᵀw + b, shape {n} × 1: one row per sample. Row {i} is "
    "framed: z_{i} = {z}.",
    "matrix.a_alt": "Heatmap of A = g(Z), shape {n} × 1: one output per sample. Row {i} is "
    "framed: a_{i} = {a}.",
}
