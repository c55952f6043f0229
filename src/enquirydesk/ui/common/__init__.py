"""What the pages share: the background worker, banners, small widgets, formats, the list models."""
