"""Strings shared by every page: the sidebar, navigation, notices and the code panel."""

STRINGS = {
    "app.name": "Neuron Lab",
    "app.tagline": "One artificial neuron, step by step",
    "nav.home": "Home",
    "nav.scalar": "Scalar neuron",
    "nav.vector": "Vector neuron",
    "nav.matrix": "Matrix neuron",
    "nav.batch": "Batch loop",
    "nav.learn": "Learn",
    "sidebar.language": "Language",
    "sidebar.present": "Projector mode",
    "sidebar.present_help": "For a classroom screen: larger type and figures, explanations "
    "folded away, the sidebar hidden. Stored in the link as present=true.",
    "sidebar.seed": "Random seed",
    "sidebar.seed_help": "Every random draw in the app (parameters, data) comes from this seed, "
    "so the same seed and the same link always show the same numbers.",
    "sidebar.source": "Source code on GitHub",
    "sidebar.share": "Every control is stored in the page address: copy the URL to share "
    "exactly this view.",
    "notice.title": "Some values in the link could not be used:",
    "notice.not_a_number": "{setting} is not a number; using {used} instead.",
    "notice.not_finite": "{setting} is not a finite number; using {used} instead.",
    "notice.out_of_range": "{setting} is outside {lo} … {hi}; using {used} instead.",
    "notice.not_an_integer": "{setting} is not a whole number; using {used} instead.",
    "notice.unknown_option": "{setting} is not one of {options}; using {used} instead.",
    "code.title": "Code: reproduce these numbers with numpy",
    "code.caption": "Runs as is with the `neuron` package of this repository; it prints "
    "exactly the numbers shown on this page.",
    "activation.sigmoid": "sigmoid σ",
    "activation.tanh": "tanh",
    "activation.relu": "ReLU",
    "activation.leaky_relu": "leaky ReLU (slope 0.01)",
    "activation.identity": "identity (no activation)",
    # Read out by screen readers in place of the computation graph.
    "graph.description": "Computation graph of the neuron: {flow}",
    "choice.placeholder": "Choose an option",
    "try.hide": "Hide the answer",
    "try.set_up": "Set it up",
    # A chart's legend entry for a line that lies outside what the chart shows.
    "figure.off_view": "a = 0.5 out of view",
}
