"""Web pages and RSS/Atom feeds over http(s): size-capped, with a timeout, feeds never followed into feeds."""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from collections.abc import Iterator

from polgraph.loaders.sources import Item, LoadError, decode, from_bytes, max_bytes, size_text, sniff

FETCH_TIMEOUT = 15
MAX_FEED_ENTRIES = 1000


def fetch(url: str, cap: int | None = None) -> bytes:
    """The body of an http(s) URL, at most the size cap (ValueError above it)."""
    cap = cap or max_bytes()
    request = urllib.request.Request(url, headers={"User-Agent": "polgraph/0.1 (+news research)"})
    with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
        data = response.read(cap + 1)
    if len(data) > cap:
        raise ValueError(f"larger than {size_text(cap)} (POLGRAPH_MAX_BYTES)")
    return data


def _fetched(url: str) -> bytes | LoadError:
    try:
        return fetch(url)
    except (urllib.error.URLError, http.client.HTTPException, OSError) as err:
        reason = getattr(err, "reason", err)
        return LoadError(url, f"cannot fetch URL ({reason}); are you offline?")
    except ValueError as err:
        return LoadError(url, str(err))


def from_url(url: str) -> Iterator[Item]:
    """A web page, or an RSS/Atom feed whose entries' pages are fetched in turn (pages only: no nesting)."""
    data = _fetched(url)
    if isinstance(data, LoadError):
        yield data
        return
    if sniff(data) == "feed":
        try:
            yield from from_feed(decode(data), url)
        except ValueError as err:
            yield LoadError(url, str(err))
        return
    yield from from_bytes(data, url, "html", url=url)


def _page(url: str) -> Iterator[Item]:
    data = _fetched(url)
    if isinstance(data, LoadError):
        yield data
    elif sniff(data) == "feed":
        yield LoadError(url, "feed entry links to another feed; not followed")
    else:
        yield from from_bytes(data, url, "html", url=url)


def from_feed(text: str, source: str) -> Iterator[Item]:
    """The pages an RSS/Atom feed links to: each once, at most ``MAX_FEED_ENTRIES``, never a feed again."""
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        yield LoadError(source, f"malformed feed: {feed.bozo_exception}")
        return
    seen: set[str] = {source}
    for entry in feed.entries:
        link = entry.get("link")
        if not link or not link.startswith(("http://", "https://")) or link in seen:
            continue
        if len(seen) > MAX_FEED_ENTRIES:
            yield LoadError(source, f"more than {MAX_FEED_ENTRIES} entries; the rest skipped")
            return
        seen.add(link)
        yield from _page(link)
