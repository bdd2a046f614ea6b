"""The attribution layer shared by quotes and figures: speech acts of cues, according-to
sources, and the check that a speaker is somebody."""
