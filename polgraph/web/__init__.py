"""``polgraph serve``: a read-only local web app and JSON API over either store."""
