"""Learn page."""

STRINGS = {
    "learn.title": "Learn: the neuron finds w and b by gradient descent",
    "learn.settings": "Settings: data, activation, loss, η, batch",
    "learn.intro": "Up to now `w` and `b` were drawn at random, once. Here the neuron "
    "**learns** them: each mini-batch goes forward (`a = g(Xᵀw + b)`), the loss says how wrong "
    "`a` is, the backward pass gives the slope of the loss for every parameter, and gradient "
    "descent moves `w` and `b` a little downhill: `w ← w − η·∂L/∂w`. This is why the "
    "parameters are created **once**: training keeps changing the same `w` and `b`. Press "
    "**Play** to watch, or step on the server with **Next step**.",
    "learn.data": "data set",
    "learn.data_help": "Toy data drawn from the seed (two classes, 0 and 1), or your own CSV "
    "file.",
    "learn.data_name_blobs": "two separate clouds",
    "learn.data_name_overlap": "two overlapping clouds",
    "learn.data_name_and": "AND",
    "learn.data_name_or": "OR",
    "learn.data_name_xor": "XOR",
    "learn.data_name_line1d": "one feature (a line)",
    "learn.data_name_csv": "your own CSV file",
    "learn.data_blobs": "Two separate clouds: one straight line splits them.",
    "learn.data_overlap": "Two clouds that overlap: no line splits them all, some samples stay "
    "on the wrong side.",
    "learn.data_and": "AND: class 1 only near (1, 1).",
    "learn.data_or": "OR: class 1 unless near (0, 0).",
    "learn.data_xor": "XOR: class 1 near (0, 1) and (1, 0). No straight line splits it.",
    "learn.data_line1d": "One feature: the scalar neuron learns where to put its step.",
    "learn.upload": "your CSV file",
    "learn.upload_help": "A header row, then one sample per row: x1,x2,label with label 0 or "
    "1; up to 5,000 rows.",
    "learn.upload_private": "Your file stays in this browser session: it is not in the link "
    "and not saved. Whoever opens your link sees the upload box, not your data.",
    "learn.upload_first": "Upload a CSV file to train on your own data (or pick a toy data "
    "set).",
    "learn.samples": "samples",
    "learn.samples_help": "How many samples (columns of X) the toy data set has.",
    "learn.noise": "noise",
    "learn.noise_help": "How far the samples scatter around their class's place.",
    "learn.activation": "activation g",
    "learn.activation_help": "The neuron's activation. The sigmoid is the usual one for two "
    "classes: its output a lies between 0 and 1.",
    "learn.loss": "loss L",
    "learn.loss_name_bce": "BCE (cross-entropy)",
    "learn.loss_name_mse": "MSE (squared error)",
    "learn.loss_help": "BCE (binary cross-entropy) = −[y·log a + (1 − y)·log(1 − a)], needs a "
    "sigmoid. MSE (mean squared error) = (a − y)², works with every activation.",
    "learn.rate": "learning rate η",
    "learn.rate_help": "How far each step moves w and b: w ← w − η·∂L/∂w. On a log scale, "
    "0.001 to 10.",
    "learn.batch": "batch size",
    "learn.batch_full": "all",
    "learn.batch_help": "Samples per step. 1: one sample at a time (noisy). all: the whole "
    "data set in every step (smooth, plain gradient descent). The lesson uses 8.",
    "learn.epochs": "epochs",
    "learn.epochs_help": "How many times the loop goes through the whole data set (reshuffled "
    "each time).",
    "learn.start": "start",
    "learn.start_help": "random: w and b drawn from the seed, as on the vector page. all "
    "zeros: everything 0. saturated: every parameter −6, confidently wrong, where the sigmoid "
    "is flat.",
    "learn.start_name_random": "random",
    "learn.start_name_zeros": "all zeros",
    "learn.start_name_saturated": "saturated (−6)",
    "learn.drop_last": "drop the last partial batch",
    "learn.drop_last_help": "As on the batch page: the samples left over at the end of an "
    "epoch are skipped.",
    "learn.bug": "the bug: re-create w and b at every step",
    "learn.bug_help": "The vector page's mistake, in training: parameters drawn anew before "
    "every step, so no update is ever kept.",
    "learn.loss_switched": "BCE needs an output between 0 and 1, which only the sigmoid gives "
    "(with {activation}, log a or log(1 − a) can be undefined). This run uses MSE instead; "
    "pick the sigmoid to use BCE.",
    "learn.epochs_cut": "{asked} epochs would be more than {max_steps} steps: this run stops "
    "after {used} epochs. A bigger batch size allows more epochs.",
    "learn.batch_is_full": "Batch size {batch} is at least the {n} samples: every step uses "
    "the full batch.",
    "learn.no_step": "With {n} samples, batches of {batch} and the last partial batch dropped, "
    "no batch is full: there is no step at all. Lower the batch size or keep the last batch.",
    "learn.stopped": "Training stopped at step {step}, in epoch {epoch} of {epochs}: the loss "
    "was no longer a finite number "
    "(the steps grew without bound at learning rate {lr}). Everything shown ends there. Lower "
    "the learning rate.",
    "learn.bug_on": "The bug is on: before every step, w and b are drawn anew from the random "
    "generator, so each update is thrown away by the next draw. The loss jumps around the loss "
    "of random parameters and never goes down. This is why the vector page creates w and b "
    "only once.",
    "learn.xor_note": "One neuron draws one straight line (w₁x₁ + w₂x₂ + b = 0). XOR's two "
    "classes sit on opposite corners, so every line leaves at least one corner on the wrong "
    "side. Gradient descent does its best: it moves w towards 0, a towards 0.5 for every "
    "sample, and the loss stalls near ln 2 ≈ 0.69, the loss of a coin flip. It takes a second "
    "layer of neurons to learn XOR.",
    "learn.step_clamped": "There is no step {given} (steps in this run: {n}); showing step "
    "{used}.",
    "learn.server_step": "Step by step (the numbers below follow these buttons, and where you "
    "pause the animation)",
    "learn.next": "Next step",
    "learn.next_help": "Make one update of w and b with the next mini-batch.",
    "learn.restart": "Back to step 0",
    "learn.restart_help": "Back to the start: w and b as they were before training.",
    "learn.to_end": "To the end",
    "learn.to_end_help": "After the last step: the learned w and b.",
    "learn.n_samples": "{m} samples",
    "learn.n_samples_one": "{m} sample",
    "learn.status": "Step {i} of {n} · epoch {epoch} of {epochs} · this batch: {samples}, "
    "loss {loss}, {accuracy} % on the right side",
    "learn.status_end": "After the last step: {n} steps in {epochs} epochs.",
    "learn.status_stopped": "After the last step: training stopped after {n} steps, in epoch "
    "{epoch} of {epochs}.",
    "learn.boundary_alt": "The {n} samples on the plane, coloured and shaped by class, with "
    "the neuron's output as the background and its decision line; Play moves through {steps} "
    "steps of training.",
    "learn.boundary_legend": "Background: the neuron's output a for every point of the plane. "
    "Line: where a = 0.5 (z = w₁x₁ + w₂x₂ + b = 0). Ringed: the samples of the current batch. "
    "Play runs in your browser; where you pause or drag the slider becomes the step the numbers "
    "below show.",
    "learn.curve_legend": "The curve: the neuron's output a(x) for every x. The samples sit at "
    "a = 0 or 1 by class; ringed: the current batch. Where you pause or drag the slider becomes "
    "the step the numbers below show.",
    "learn.update_title": "This step's update, with its numbers and shapes",
    "learn.update_none": "After the last step there is no update left: the figures show the "
    "learned w and b.",
    "learn.update_caption": "n = {samples} in this batch (one column of X each), η = {lr}. "
    "Only the first rows of long columns are written out.",
    "learn.loss_title": "Loss",
    "learn.loss_alt": "The loss at each of the {steps} steps and its mean per epoch, the "
    "current step marked.",
    "learn.params_title": "w and b over the steps",
    "learn.params_alt": "Each weight and the bias over the {steps} steps, the current step "
    "marked.",
    "learn.landscape_title": "The loss landscape and the path of gradient descent",
    "learn.landscape_alt": "Contour map of the loss over two parameters with the path the "
    "training took across it.",
    "learn.landscape_1d": "Each point of the map is one choice of (w, b); its colour is the "
    "loss over all samples with that choice. Gradient descent starts at the first point of "
    "the path. Each step goes downhill for the loss of its own mini-batch, not necessarily for "
    "the loss of the whole data set drawn here: with small batches the path zigzags, and only "
    "on the whole does it head downhill across the contour lines.",
    "learn.landscape_2d": "With two weights and a bias there are three parameters, too many "
    "for a map. This is a slice: the loss over (w₁, w₂) with b held at its final value. The "
    "path is drawn on it, so where b was different the path may seem to cross contour lines "
    "uphill.",
    "learn.landscape_2d_stopped": "With two weights and a bias there are three parameters, "
    "too many for a map. This is a slice: the loss over (w₁, w₂) with b held at its value at "
    "step {step}, around the start of the path: after that the steps grew without bound and "
    "the path runs out of the map.",
    "learn.landscape_1d_stopped": "Around the start of the path, up to step {step}: after "
    "that the steps grew without bound and the path runs out of the map.",
    "learn.result_title": "What the neuron learned",
    "learn.result": "After {steps} steps ({epochs} epochs): **w = ({w})**, **b = {b}**. Loss "
    "over all samples: **{loss}**; samples on the right side (a ≥ 0.5 for class 1): "
    "**{accuracy} %**.",
    "learn.result_diverged": "Training stopped after {steps} steps, in epoch {epoch} of "
    "{epochs}: **w = ({w})**, "
    "**b = {b}**. With parameters this large the loss over all samples is too large for a "
    "number: the learning rate was too high.",
    "learn.stalled": "In the last quarter of the epochs the loss hardly moved: training has "
    "settled (or stalled).",
    "learn.class0": "class 0",
    "learn.class1": "class 1",
    "learn.batch_word": "current batch",
    "learn.play": "▶ Play",
    "learn.pause": "❚❚ Pause",
    "learn.slider_prefix": "step ",
    "learn.frame_title": "step {i} of {n} · epoch {epoch}",
    "learn.frame_end": "after the last step ({n} steps)",
    "learn.curve_axis": "label y, output a",
    "learn.line": "decision line (a = 0.5)",
    "learn.threshold": "where a = 0.5",
    "learn.step_axis": "step",
    "learn.loss_axis": "loss L (log scale)",
    "learn.per_step": "per step (one batch)",
    "learn.per_epoch": "mean per epoch",
    "learn.current": "this step",
    "learn.path": "gradient descent's path",
    "learn.start_point": "start",
    "learn.loss_stopped": "stopped at step {step}: the loss overflowed",
    "learn.value_axis": "value",
    "learn.value_axis_log": "value (log scale, both signs)",
    "learn.csv_too_big": "The file is too big ({detail} bytes; at most about 1 MB).",
    "learn.csv_not_utf8": "Line {row}: the file is not UTF-8 text (byte {detail}). Save it as "
    "“CSV UTF-8” and upload it again.",
    "learn.csv_empty": "The file is empty.",
    "learn.csv_malformed": "Line {row}: the file cannot be read as CSV ({detail}).",
    "learn.csv_columns": "Line {row}: expected 3 columns (x1,x2,label), found {detail}.",
    "learn.csv_not_a_number": "Line {row}, column {column}: {detail} is not a number.",
    "learn.csv_not_finite": "Line {row}, column {column}: {detail} is not a finite number "
    "(NaN, infinity, or too large).",
    "learn.csv_label": "Line {row}, column {column}: the label is {detail}; it must be 0 or 1.",
    "learn.csv_too_many_rows": "Line {row}: the file has more than {detail} samples.",
    "learn.csv_too_few_rows": "The file has {detail} sample(s); at least 2 are needed.",
    "learn.csv_one_class": "Every label in column {column} is {detail}: the neuron needs "
    "samples of both classes, 0 and 1.",
    "learn.csv_other": "The file cannot be used (line {row}, column {column}: {detail}).",
    "learn.try_title": "Try it: predict first, then set it up",
    "learn.try_intro": "Each button sets the controls below and goes back to step 0. Guess "
    "what the loss curve will do before you press it.",
    "learn.try_rate_high": "Learning rate **10** on overlapping clouds (noise 1): will the loss "
    "go down faster?",
    "learn.try_rate_high_why": "Each step overshoots: w jumps across the valley of the loss "
    "and lands on the other side, so the loss jumps up and down instead of settling, and ends "
    "higher than with a small rate. Try 0.5: it settles near 0.39.",
    "learn.try_xor": "**XOR** with the full batch for 100 epochs: how low will the loss get?",
    "learn.try_xor_why": "It stalls near 0.69 (ln 2): one line cannot separate XOR, so the "
    "best the neuron can do is say a ≈ 0.5 everywhere.",
    "learn.try_batch_noise": "Batch size **1**: one sample per step. What does the loss per "
    "step look like?",
    "learn.try_batch_noise_why": "Noisy: each step follows one sample, and the loss of one "
    "sample differs a lot from the next. The mean per epoch still goes down.",
    "learn.try_full_batch": "Now the **full batch**: every sample in every step.",
    "learn.try_full_batch_why": "Smooth: every step sees the same data, so the loss goes "
    "down steadily, but there is only one step per epoch.",
    "learn.try_mse_saturated": "A **saturated** start (every parameter −6, confidently wrong) "
    "with **MSE**: how fast does it learn?",
    "learn.try_mse_saturated_why": "It crawls: with MSE, ∂L/∂z = 2(a − y)·σ′(z), and σ′(z) is "
    "almost 0 where the sigmoid is flat, so the steps are tiny although a is very wrong.",
    "learn.try_bce_saturated": "The same start with **BCE**.",
    "learn.try_bce_saturated_why": "It escapes at once: with BCE, ∂L/∂z = a − y, no σ′(z) "
    "factor, so a very wrong a gives a big step.",
    "learn.try_bug": "Switch on the **bug** (w and b drawn anew at every step): what happens "
    "to the loss?",
    "learn.try_bug_why": "Nothing improves: every update is thrown away by the next draw, so "
    "the loss stays at the level of random parameters. Create w and b once, as on the vector "
    "page.",
}
