"""Home page."""

STRINGS = {
    "home.title": "Neuron Lab: how one artificial neuron computes",
    "home.intro": "Every neural network is built from one small unit repeated many times: the "
    "**artificial neuron**. It takes numbers in, multiplies them by its **weights** `w`, adds "
    "its **bias** `b`, and passes the result through an **activation function** `g`. This lab "
    "takes that unit apart, one step at a time, and lets you move every number yourself.",
    "home.pipeline_title": "What happens inside",
    "home.pipeline_caption": "Two steps: the **affine** step `z = x·w + b` (a straight line in "
    "`x`, set by the neuron's own parameters `w` and `b`), then the **activation** step "
    "`a = g(z)` that bends the line, for example the sigmoid `σ(z) = 1 / (1 + e^(−z))`.",
    "home.params": "`w` and `b` belong to the neuron: they are what learning changes. When you "
    "do not choose them, the neuron draws them at random from a standard normal distribution "
    "N(0, 1), once.",
    "home.path_title": "The path through the lab",
    "home.path_caption": "Each page has a **Try it** box of experiments: predict first, then "
    "set one up and check. Every setting, open boxes included, is in the page address, so a "
    "link shows exactly what you see.",
    "home.path_scalar": "**1. Scalar**: one number in, one number out. Drag `x`, `w`, `b` and "
    "watch `z` and `a`.",
    "home.path_vector": "**2. Vector**: `x` becomes a column of features; `z = xᵀw + b` is a dot "
    "product, still one number. Watch the shapes.",
    "home.path_matrix": "**3. Matrix**: many samples side by side in `X`; one matrix product "
    "computes the neuron for all of them at once.",
    "home.path_batch": "**4. Batches**: a large data set is fed in mini-batches; see which samples "
    "each step takes, and which ones are left out.",
    "home.path_learn": "**5. Learning**: the neuron learns w and b by gradient descent, batch "
    "by batch; watch its line move, its loss fall, and see where one neuron reaches its limit.",
    "home.soon": "(coming next)",
    "home.open": "Open",
}
