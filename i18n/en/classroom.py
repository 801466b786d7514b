"""Teacher links: the task box, hidden and locked controls, the share panel, the export."""

STRINGS = {
    "classroom.prompt_title": ":material/assignment: Task",
    "classroom.prompt_label": "Task",
    "classroom.prompt_cut": "The task in the link has {n} characters; it is cut after "
    "{limit}.",
    "classroom.unknown_keys": "`hide` or `lock` names a control this page does not have: "
    "{keys}. It is ignored.",
    "classroom.unlockable": "{keys} is a box: a link can hide it but not lock it. It is left "
    "as it is.",
    "classroom.locked_help": "Locked by the link your teacher shared.",
    "classroom.fixed_help": "Off: it would change a control that the link your teacher shared "
    "hides or locks.",
}
STRINGS |= {
    "share.button": "Share with the class",
    "share.button_help": "Make a link to this page as it is now, with a task and a QR code.",
    "share.title": "Share with the class",
    "share.intro": "The link opens this page with the settings it has now. Tick the controls "
    "your students should not see or not change, and type the task they should work on.",
    "share.choose": "Choose controls",
    "share.hide": "Hide these controls",
    "share.hide_help": "Hidden controls are not shown; the page keeps their current values.",
    "share.lock": "Lock these controls",
    "share.lock_help": "Locked controls are shown, with a lock, but cannot be changed.",
    "share.prompt": "Task for the class (plain text, at most 280 characters)",
    "share.prompt_placeholder": "Make a ≈ 0.5 with w = 2",
    "share.language": "Language of the link",
    "share.link": "Link (the button at its top right copies it)",
    "share.large": "Show the QR code large (to project it)",
    "share.qr_title": "QR code of the link",
    "share.qr_caption": "Students scan this code with their phone camera to open the link.",
}
STRINGS |= {
    "export.title": "Download the numbers on this page",
    "export.json": "JSON",
    "export.csv": "CSV",
    "export.svg": "Charts save as SVG",
    "export.svg_help": "The camera button above each chart (hover the chart) saves it as a PNG "
    "image; switch this on to save SVG instead, which stays sharp at any size.",
    "export.caption": "The files hold the numbers of this page, every array with its shape (the "
    "JSON lists them under \"shapes\"). Load one back in numpy with one line: "
    "`np.array(json.load(open(\"{file}\"))[\"{name}\"])`. The CSV has one number a row "
    "(name, row, column, value), for a spreadsheet.",
}
