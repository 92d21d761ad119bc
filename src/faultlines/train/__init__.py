"""Training of the event judge (``python -m faultlines.train``) from the development sets in ../shared/data."""
