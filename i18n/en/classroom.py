"""Teacher links: the task box, hidden and locked controls, the share panel, the export."""

STRINGS = {
    "classroom.prompt_title": ":material/assignment: Task",
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
