"""Renderers: turn a `Timeline` into text, JSON and pictures (only png imports matplotlib)."""
