"""Measuring annotation quality: judging against gold, evaluating a built site, refitting confidence."""
