"""Vector neuron page."""

STRINGS = {
    "vector.title": "Vector neuron: many features in, one number out",
    "vector.intro": "Now the input `x` is a column of $l_I$ numbers, one per **feature**, and "
    "the neuron has one weight per feature. The affine step becomes a dot product "
    "`z = xᵀw + b`: multiply feature by weight, add everything up, add the bias. Follow the "
    "**shapes**: they must fit together at every step.",
    "vector.features": "number of features $l_I$",
    "vector.features_help": "The length of x. The neuron's w must have the same length, so a "
    "new $l_I$ means a new neuron with new parameters.",
    "vector.activation": "activation g",
    "vector.activation_help": "In code, pass the name to `ArtificialNeuron(activation=...)`: "
    "'sigmoid', 'tanh', 'relu', 'leaky_relu' or 'identity'.",
    "vector.x_column": "input x",
    "vector.x_help": "Type a number between −{limit} and {limit} in a cell to change x.",
    "vector.x_typed": "You typed these values; they are kept in the link.",
    "vector.x_from_seed": "Drawn from N(0, 1) with seed {seed}. Type in a cell to change a value.",
    "vector.x_reset": "Use the seed's x again",
    "vector.shapes_title": "Shapes",
    "vector.shapes_caption": "One sample, of length $l_I$ = {n}. The inner sizes of `@` must "
    "agree (both are $l_I$); what is left, 1×1, is a single number.",
    "vector.recreated": "$l_I$ changed from {old} to {n}: w must now have shape ({n}×1), so the "
    "neuron was created anew, with freshly drawn parameters.",
    "vector.feature_axis": "feature j",
    "vector.xt_title": "xᵀ (input, as a row)",
    "vector.w_title": "w (weights)",
    "vector.waterfall_title": "The dot product unfolded: each x<sub>j</sub>·w<sub>j</sub> "
    "pushes z up or down",
    "vector.lazy_title": "Create the parameters once",
    "vector.bug": "the bug: re-create w and b on every forward",
    "vector.bug_help": "A forward() that initialises the parameters every time it runs, "
    "instead of only the first time.",
    "vector.forward": "Forward",
    "vector.reset": "Reset parameters",
    "vector.reset_help": "Draw new w and b from N(0, 1), as reset_parameters() does, and "
    "start counting the passes again.",
    "vector.counts": "Forward passes: {passes}. Parameter resets: {resets}. The same x every "
    "time.",
    "vector.history_axis": "forward pass",
    "vector.history_title": "w after each forward pass",
    "vector.fix_verdict": "Created once: w was drawn at the first forward pass and has not "
    "changed since (passes so far: {passes}). Whatever training changes in w would stay.",
    "vector.bug_verdict": "With the bug, w is drawn anew at every forward pass (passes so far: "
    "{passes}). Training adjusts w a little after each pass; re-drawing it on the next forward "
    "throws that adjustment away, so the neuron can never learn.",
    "vector.notice_x_not_a_number": "{setting} contains something that is not a number; "
    "keeping the previous x.",
    "vector.notice_x_not_finite": "{setting} contains a value that is not finite; "
    "keeping the previous x.",
    "vector.notice_x_out_of_range": "{setting} contains a value outside −100 … 100; "
    "keeping the previous x.",
    "vector.notice_x_wrong_count": "{setting} does not hold one value per feature; "
    "using the x drawn from the seed.",
    "vector.pitfalls_title": "Three mistakes to avoid when you write this neuron yourself",
    "vector.pitfalls_intro": "Each is easy to make, and `neuron/` avoids all three. The error "
    "messages are numpy's own, produced when this page ran.",
    "vector.pitfall_none": "**1. `w == None` on an array.** numpy compares every element with "
    "None and returns an array of booleans; `if` cannot turn an array into one answer and "
    "raises `ValueError: {message}`. Ask `w is None` instead.",
    "vector.pitfall_once": "**2. Parameters created on every call.** Draw `w` and `b` only while "
    "they do not exist. That keeps what training has changed (the toggle above shows what "
    "happens otherwise), and a `w` you passed in yourself.",
    "vector.pitfall_overflow": "**3. The textbook sigmoid overflows.** For z below about −709, "
    "`np.exp(-z)` is larger than any float64 and numpy reports `{message}` (a RuntimeWarning), "
    "although the answer, 0, is right. Computed with `e = exp(−|z|)`, which stays between 0 "
    "and 1, the same function never overflows.",
    "vector.try_title": "Try it: two experiments (predict first, then set it up)",
    "vector.try_intro": "Each button sets the controls below; move them on from there.",
    "vector.try_one_feature": "Set **$l_I$ = 1**. What is left of the dot product, and of the "
    "shapes?",
    "vector.try_one_feature_why": "One feature: xᵀw = x₀·w₀, and the shapes are (1×1) @ (1×1) "
    "→ (1×1). It is the scalar neuron again, written with vectors.",
    "vector.try_bug": "Turn on the bug, then press **Forward** three times. What happens to w "
    "in its history?",
    "vector.try_bug_why": "Every forward pass draws a new w, so no two columns of the history "
    "agree: whatever training had changed in w is gone at the next pass.",
    # Read out by screen readers for the charts.
    "vector.xt_alt": "Heatmap of xᵀ, shape 1 × {n}: the {n} input values, red above zero and "
    "blue below.",
    "vector.w_alt": "Heatmap of w, shape {n} × 1: one weight per feature, on the same colour "
    "scale as xᵀ.",
    "vector.waterfall_alt": "Waterfall chart: the {n} products xⱼ·wⱼ one after the other, then "
    "+ b, adding up to z = {z}.",
    "vector.history_alt": "Heatmap of w after each of the forward passes {first} to {last}, one "
    "column per pass.",
    "vector.history_alt_one": "Heatmap of w after forward pass {last}: one column.",
}
