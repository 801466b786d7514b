"""Scalar neuron page."""

STRINGS = {
    "scalar.title": "Scalar neuron: one number in, one number out",
    "scalar.intro": "The neuron computes in two steps. The **affine** step multiplies the input "
    "`x` by the weight `w` and adds the bias `b`; the **activation** step bends the result `z` "
    "into the output `a`. Move the sliders and follow the numbers.",
    "scalar.controls": "Controls",
    "scalar.x": "input x",
    "scalar.x_help": "The number fed to the neuron. Wide range, so you can see the sigmoid "
    "flatten out (saturate) at both ends.",
    "scalar.w": "weight w",
    "scalar.w_help": "Belongs to the neuron: the slope of the line z = x·w + b.",
    "scalar.b": "bias b",
    "scalar.b_help": "Belongs to the neuron: shifts the line up or down.",
    "scalar.activation": "activation g",
    "scalar.activation_help": "In code, pass the name to `ArtificialNeuron(activation=...)`: "
    "'sigmoid', 'tanh', 'relu', 'leaky_relu' or 'identity'.",
    "scalar.derivative": "show the derivative g'(z)",
    "scalar.derivative_help": "Where g'(z) is close to 0 the neuron saturates: changing z "
    "barely changes a, so learning through this neuron slows down.",
    "scalar.lesson": "Lesson example",
    "scalar.lesson_help": "x = 3, w = 5, b = −1 with the sigmoid: z = 14 and a ≈ 0.99999917.",
    "scalar.random": "Random w, b",
    "scalar.random_help": "Draw w and b from N(0, 1) using the sidebar's seed, as a new neuron "
    "does when you do not give it parameters. Press again for the next draw.",
    "scalar.random_drawn": "w, b: random draw number {n} from seed {seed}.",
    "scalar.random_x": "Random x",
    "scalar.random_x_help": "Draw an input x from a normal distribution with mean 0 and "
    "standard deviation σ = 5, N(0, 5²), using the sidebar's seed: the lesson's example of "
    "feeding a neuron. Press again for the next draw.",
    "scalar.random_x_drawn": "x: draw number {n} from N(0, 5²) with seed {seed} gave {x}.",
    "scalar.random_x_clipped": "The slider stops at ±{limit}, so the neuron gets x = {x}.",
    "scalar.random_x_snapped": "The slider moves in steps of {step}, so the neuron gets the "
    "nearest step, x = {x}.",
    "scalar.affine_step": "Affine step",
    "scalar.activation_step": "Activation step ({name})",
    "scalar.graph": "Computation graph",
    "scalar.chart_affine": "Affine step: z = x·w + b",
    "scalar.chart_activation": "Activation: a = g(z)",
    "scalar.saturated": "The neuron is **saturated** here (g'(z) = {d}): a small change of z "
    "hardly moves a.",
    "scalar.try_title": "Try it: four experiments (predict first, then set it up)",
    "scalar.try_intro": "Each button sets the sliders below to its values; move them on from "
    "there.",
    "scalar.try_zero_weight": "With **w = 0** and **b = 0**, what does the neuron answer? Does "
    "x still matter?",
    "scalar.try_zero_weight_why": "z = x·0 + 0 = 0 whatever x is, and σ(0) = 0.5: without a "
    "weight, the input has no say. Move x to check.",
    "scalar.try_saturate": "Push z far to the right (x = 8, w = 4). How much does a move now "
    "when x moves a little?",
    "scalar.try_saturate_why": "z = 32, where the sigmoid is flat: g'(32) = 1.3·10⁻¹⁴, so a "
    "barely moves (a = 1 − 1.3·10⁻¹⁴). A neuron stuck here learns very slowly.",
    "scalar.try_negative_output": "Which activation can make **a negative**? Start with "
    "z = −2 and tanh, then switch to sigmoid and ReLU.",
    "scalar.try_negative_output_why": "tanh(−2) ≈ −0.96. The sigmoid stays between 0 and 1, "
    "and ReLU gives 0 for every negative z.",
    "scalar.try_bias_is_intercept": "At **x = 0**, what is z? Then move b and watch where the "
    "line crosses the z axis.",
    "scalar.try_bias_is_intercept_why": "At x = 0, z = 0·w + b = b = 3: the bias is where the "
    "line crosses the z axis, and w is its slope.",
    # Read out by screen readers for the charts (their accessible names).
    "scalar.affine_alt": "Chart: the straight line z = x·w + b with w = {w} and b = {b}, for x "
    "from {lo} to {hi}. The marked point is x = {x}, z = {z}.",
    "scalar.activation_alt": "Chart: the curve a = {name}(z) for z from {lo} to {hi}. The marked "
    "point is z = {z}, a = {a}.",
    "scalar.derivative_alt": " The dashed curve is the derivative g'(z); at the marked point "
    "g'(z) = {d}.",
}
