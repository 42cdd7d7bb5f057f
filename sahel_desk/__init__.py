"""Sahel Desk: offline case management for conflict and security analysts in the Sahel."""

__version__ = "0.1.0"
