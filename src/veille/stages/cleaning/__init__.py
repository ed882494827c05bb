"""Helpers of the clean stage (`veille.stages.clean`): line units, boilerplate rules,
layout (title, kicker, sub-headings, trailing furniture), datelines, HTML and language."""
