"""Batch-loop page."""

STRINGS = {
    "batch.title": "Batch loop: the data set, a few samples at a time",
    "batch.intro": "A real data set is too big to push through the neuron in one go, so the "
    "loop cuts `X` into **batches** of consecutive columns (samples) and feeds them one after "
    "the other. Press **Play** to watch the loop, drag the slider to scrub, or step through it "
    "one batch at a time with **Next batch**.",
    "batch.n_data": "samples n_data",
    "batch.n_data_help": "Columns of X. The lesson uses 100.",
    "batch.batch": "batch size",
    "batch.batch_help": "Samples per batch (at most n_data). The lesson uses 8.",
    "batch.batch_one": "batch size: 1 (the only one possible with a single sample)",
    "batch.features": "features n_features",
    "batch.features_help": "Rows of X, and the length of w. The lesson uses 20.",
    "batch.drop_last": "drop the last partial batch",
    "batch.drop_last_help": "On, as in the lesson: n_batch = n_data // batch_size, and the "
    "samples left over are never seen. Off: one more, shorter batch takes them.",
    "batch.speed": "playback speed (batches per second)",
    "batch.speed_help": "How fast Play moves from one batch to the next, in your browser.",
    "batch.server_step": "Step by step (for talking through each batch)",
    "batch.next": "Next batch",
    "batch.next_help": "Run one more batch: the log below gains a line and the chart moves on.",
    "batch.restart": "Back to batch 0",
    "batch.to_end": "Run to the end",
    "batch.restart_help": "Back to batch i = 0: the log starts over.",
    "batch.to_end_help": "Run the loop to its last batch: the log shows every line.",
    "batch.step_status": "Showing batch i = {i} (samples {start} … {last}): batch {nth} of "
    "{n}, counting from 1.",
    "batch.clamped": "The batch size was {old}, more than n_data = {n}; it is now {n}.",
    "batch.step_clamped": "There is no batch i = {given} (number of batches: {n}); showing "
    "i = {used}.",
    "batch.no_batch_title": "No batch at all",
    "batch.no_batch": "With {n_data} samples and batches of {batch_size}, not even one full "
    "batch fits: n_batch = {n_data} // {batch_size} = 0, and since the last partial batch is "
    "dropped, the loop never runs and the neuron never sees a sample. Lower the batch size to "
    "{n_data} or less, or switch off “drop the last partial batch” to get one batch of "
    "{n_data}.",
    "batch.x_title": "data X ({nf} × {nd})",
    "batch.ledger_title": "batch",
    "batch.collected_title": "a so far ({n} × 1)",
    "batch.current_title": "a of this batch",
    "batch.remainder_dropped": "{n_data} mod {batch_size} = {r} samples dropped (hatched)",
    "batch.remainder_kept": "last batch has {r} samples",
    "batch.remainder_none": "{n_data} = {k} × {batch_size}: no sample left over",
    "batch.play": "▶ Play",
    "batch.pause": "❚❚ Pause",
    "batch.slider_prefix": "batch i = ",
    "batch.sample": "sample",
    "batch.sample_axis": "sample (one per column of X)",
    "batch.feature": "feature",
    "batch.word": "batch",
    "batch.dropped": "dropped",
    "batch.legend": "How to read it: **grey veil** = samples already done · **black-and-white "
    "frame** = the current batch · **hatched grey** = dropped, never seen by the neuron · "
    "**dotted grey** = predictions not computed yet · **bars under X** = a of each sample so "
    "far, one bar under its column. The numbers on the strip are batch "
    "indices.",
    "batch.log_title": "The loop's printout",
    "batch.log_caption": "What `print(X_batch.shape, a.shape)` prints up to batch i = {i}: the "
    "batch you stepped to, paused at or picked on the slider.",
    "batch.params_title": "The neuron's parameters",
    "batch.params_same": "`w` and `b` were drawn once, on batch 0, from seed {seed}. Every batch "
    "used the very same `w` and `b` (checked for each, number of batches: {n}): the loop only "
    "feeds data, it changes nothing in the neuron.",
    "batch.params_b": "bias b = {b}",
    "batch.no_params": "No batch ran, so the neuron never drew its `w` and `b`.",
    "batch.try_title": "Try it: three experiments (predict first, then set it up)",
    "batch.try_intro": "Each button sets the controls below and goes back to batch 0.",
    "batch.try_no_remainder": "100 samples in batches of **10**: how many batches, and how "
    "many samples are dropped?",
    "batch.try_no_remainder_why": "100 // 10 = 10 batches and 100 mod 10 = 0: every sample "
    "reaches the neuron.",
    "batch.try_lesson": "The lesson's loop, 100 samples in batches of **8**: how many batches? "
    "Which samples never reach the neuron?",
    "batch.try_lesson_why": "100 // 8 = 12 batches. 100 mod 8 = 4 samples, 96 to 99, are "
    "dropped, and nothing says so unless you check.",
    "batch.try_keep_last": "Now **keep the last partial batch**. What changes, and what could "
    "break?",
    "batch.try_keep_last_why": "A 13th batch of only 4 samples: every sample is seen, but that "
    "batch has shape (20, 4), not (20, 8). Code that assumes 8 columns breaks there.",
    # Read out by screen readers for the charts.
    "batch.animation_alt": "Animation of the batch loop over X, shape {nf} × {nd}: {count} "
    "batches of {size} samples, batch {i} framed; below it a bar for each prediction so far. "
    "Play and the slider move through the batches.",
    "batch.weights_alt": "Heatmap of wᵀ, shape 1 × {nf}: the neuron's weights, the same for "
    "every batch.",
}
