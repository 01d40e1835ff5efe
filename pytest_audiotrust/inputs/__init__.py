"""Inputs: what the tests feed the model and compare its output with (word lists of sounds, ...).

The lowest layer above the value types: it imports nothing of the plugin but ``errors``.
"""
