"""The graph as RDF and back: stable IRIs, FOAF/schema.org/ORG/PROV terms, page-by-page export."""

from __future__ import annotations

import json
import re
import signal
import threading
import xml.parsers.expat
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from importlib import resources
from typing import IO, Any
from urllib.parse import quote, unquote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV
from rdflib.term import Node

from polgraph.graph.model import GraphBatch, digest, rank_rels
from polgraph.graph.schema import NODES, RELS
from polgraph.graph.store import GraphStore
from polgraph.outfile import xml_safe

PG = Namespace("https://w3id.org/polgraph/ontology#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
DEFAULT_BASE = "https://w3id.org/polgraph/id/"
PAGE = 2000
PARSE_SECONDS = 300
INT64 = 2**63 - 1
STANCES = {"negative": PG.Negative, "positive": PG.Positive, "neutral": PG.Neutral}
EXPORTED_RELS = ("HOLDS", "MEMBER_OF", "SAID", "ABOUT", "PROPOSES", "REPORTED_IN", "MENTIONED_IN")
FORMATS = {
    "turtle": "turtle",
    "ttl": "turtle",
    "json-ld": "json-ld",
    "jsonld": "json-ld",
    "nt": "nt",
    "ntriples": "nt",
    "xml": "xml",
    "rdfxml": "xml",
}
PREFIXES = {"pg": PG, "schema": SCHEMA, "org": ORG, "foaf": FOAF, "prov": PROV, "dcterms": DCTERMS}
ALL_PREFIXES = {**PREFIXES, "rdf": RDF, "rdfs": RDFS, "xsd": XSD}
SEGMENT = {
    "Person": "person",
    "Party": "party",
    "Organization": "org",
    "Role": "role",
    "Statement": "statement",
    "Policy": "policy",
    "Article": "article",
}
CLASSES = {
    "Person": FOAF.Person,
    "Party": PG.PoliticalParty,
    "Organization": ORG.Organization,
    "Role": ORG.Role,
    "Statement": SCHEMA.Claim,
    "Policy": PG.Policy,
    "Article": SCHEMA.NewsArticle,
}
PROVENANCE = {
    "field": PG.field,
    "start_offset": PG.startOffset,
    "end_offset": PG.endOffset,
    "sentence": PG.sentence,
    "confidence": PG.confidence,
    "as_of": PG.asOf,
}
NODE_PROPS = {
    "Person": {"name": FOAF.name, "aliases": SCHEMA.alternateName},
    "Party": {"name": FOAF.name, "aliases": SCHEMA.alternateName, "country": PG.country},
    "Organization": {"name": FOAF.name, "aliases": SCHEMA.alternateName},
    "Role": {"name": RDFS.label},
    "Statement": {
        "text": SCHEMA.text,
        "type": PG.statementType,
        "speaker": PG.speakerName,
        "name": FOAF.name,
        "published": SCHEMA.datePublished,
        "field": PG.field,
        "start_offset": PG.startOffset,
        "end_offset": PG.endOffset,
        "sentence": PG.sentence,
        "confidence": PG.confidence,
    },
    "Policy": {"name": RDFS.label, "party": PG.partyName, "text_lc": PG.searchText},
    "Article": {
        "name": FOAF.name,
        "title": DCTERMS.title,
        "url": SCHEMA.url,
        "outlet": DCTERMS.publisher,
        "published": DCTERMS.date,
        "source": DCTERMS.source,
    },
}


class RdfError(ValueError):
    """RDF that polgraph cannot read back."""


def ontology_graph() -> Graph:
    return Graph().parse(data=resources.files(__package__).joinpath("polgraph.ttl").read_text("utf-8"), format="turtle")


def shapes_graph() -> Graph:
    return Graph().parse(data=resources.files(__package__).joinpath("shapes.ttl").read_text("utf-8"), format="turtle")


class Mapper:
    """IRIs under one base: the same resolved entity gets the same IRI in every export."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def iri(self, label: str, key: str) -> URIRef:
        return URIRef(f"{self.base}{SEGMENT[label]}/{quote(key, safe='')}")

    def key_of(self, iri: URIRef) -> tuple[str, str]:
        text = str(iri)
        if not text.startswith(self.base):
            raise RdfError(f"{iri}: not under the base IRI {self.base}")
        segment, _, key = text[len(self.base) :].partition("/")
        label = next((lab for lab, seg in SEGMENT.items() if seg == segment), None)
        if label is None or not key:
            raise RdfError(f"{iri}: not a polgraph resource IRI")
        return label, unquote(key)

    def agent(self, extractor: str) -> URIRef:
        return URIRef(f"{self.base}extractor/{quote(extractor, safe='')}")


def _literal(pred: URIRef, value: Any) -> Literal:
    if pred in (PG.startOffset, PG.endOffset):
        return Literal(int(value), datatype=XSD.integer)
    if pred == PG.confidence:
        return Literal(float(value), datatype=XSD.double)
    return Literal(xml_safe(str(value)))  # the same graph in every format, XML too


def node_triples(m: Mapper, label: str, row: dict) -> Iterator[tuple]:
    s = m.iri(label, row["key"])
    yield s, RDF.type, CLASSES[label]
    if label == "Statement" and row.get("type") == "direct":
        yield s, RDF.type, SCHEMA.Quotation
    yield s, PG.key, Literal(row["key"])
    for prop, pred in NODE_PROPS[label].items():
        value = row.get(prop)
        if value is None:
            continue
        for v in value if isinstance(value, list) else [value]:
            yield s, pred, _literal(pred, v)
    if label == "Statement":
        if row.get("article"):
            yield s, PROV.wasDerivedFrom, m.iri("Article", row["article"])
        if row.get("extractor"):
            yield s, PROV.wasAttributedTo, m.agent(row["extractor"])
            yield m.agent(row["extractor"]), RDF.type, PROV.SoftwareAgent
            yield m.agent(row["extractor"]), RDFS.label, _literal(RDFS.label, row["extractor"])


def rel_triples(
    m: Mapper, rel_type: str, a: str, b: str, row: dict, parties: dict[str, URIRef | None]
) -> Iterator[tuple]:
    s, o = m.iri(a, row["from"]), m.iri(b, row["to"])
    if rel_type == "SAID":
        yield o, SCHEMA.author, s
    elif rel_type == "ABOUT":
        yield s, SCHEMA.about, o
        qualified = URIRef(f"{m.base}stance/{digest('ABOUT', row['from'], row['to'])}")
        yield s, PG.qualifiedAbout, qualified
        yield qualified, RDF.type, PG.Stance
        yield qualified, PG.aboutTarget, o
        yield qualified, PG.stance, STANCES.get(row.get("stance") or "neutral", PG.Neutral)
    elif rel_type == "REPORTED_IN":
        if a != "Statement":  # a statement's node already names its article
            yield s, PROV.wasDerivedFrom, o
    elif rel_type == "MENTIONED_IN":
        yield o, SCHEMA.mentions, s
    else:
        fact = URIRef(f"{m.base}{rel_type.lower()}/{digest(rel_type, row['from'], row['to'], row.get('article'))}")
        if rel_type == "HOLDS":
            yield fact, RDF.type, ORG.Membership
            yield fact, ORG.member, s
            yield fact, ORG.role, o
            if row.get("party"):
                yield fact, PG.partyName, Literal(row["party"])
                if parties.get(row["party"]) is not None:
                    yield fact, ORG.organization, parties[row["party"]]
        elif rel_type == "MEMBER_OF":
            yield s, ORG.memberOf, o
            yield fact, RDF.type, ORG.Membership
            yield fact, ORG.member, s
            yield fact, ORG.organization, o
            yield fact, ORG.role, PG.partyMember
        elif rel_type == "PROPOSES":
            yield s, PG.proposes, o
            yield fact, RDF.type, PG.Proposal
            yield fact, PG.party, s
            yield fact, PG.policy, o
            if row.get("proposer"):
                yield fact, PG.proposerName, Literal(row["proposer"])
        if row.get("article"):
            yield fact, PROV.wasDerivedFrom, m.iri("Article", row["article"])
        if row.get("extractor"):
            yield fact, PROV.wasAttributedTo, m.agent(row["extractor"])
        for prop, pred in PROVENANCE.items():
            if row.get(prop) is not None:
                yield fact, pred, _literal(pred, row[prop])


def _pages(store: GraphStore, cypher: str) -> Iterator[list[dict]]:
    skip = 0
    while True:
        rows = store.query(cypher, {"skip": skip, "limit": PAGE})
        if not rows:
            return
        yield rows
        skip += len(rows)


# Triples several rows produce (a person's party, a party's policy, the extractor agent): written once.
SHARED_PREDICATES = {ORG.memberOf, PG.proposes}


def triples(store: GraphStore, mapper: Mapper) -> Iterator[list[tuple]]:
    """Triples of the whole graph, one page of nodes or relationships at a time; no triple twice."""
    parties: dict[str, URIRef | None] = {}
    seen: set[tuple] = set()
    agents = f"{mapper.base}extractor/"

    def once(page: Iterator[tuple]) -> list[tuple]:
        out = []
        for t in page:
            if t[1] in SHARED_PREDICATES or str(t[0]).startswith(agents):
                if t in seen:
                    continue
                seen.add(t)
            out.append(t)
        return out

    for label, node in NODES.items():
        props = ", ".join(f"n.{p} AS {p}" for p in node.properties)
        cypher = f"MATCH (n:{label}) RETURN {props} ORDER BY n.key SKIP $skip LIMIT $limit"
        for rows in _pages(store, cypher):
            if label == "Party":
                for r in rows:  # a name parties of two countries share links to neither
                    iri = mapper.iri("Party", r["key"])
                    parties[r["name"]] = iri if parties.get(r["name"], iri) == iri else None
            yield once(t for r in rows for t in node_triples(mapper, label, r))
    for rel_type in EXPORTED_RELS:
        rel = RELS[rel_type]
        props = "".join(f", e.{p} AS {p}" for p in rel.properties)
        for a, b in rel.ends:
            cypher = (
                f"MATCH (a:{a})-[e:{rel_type}]->(b:{b}) RETURN a.key AS `from`, b.key AS `to`{props} "
                f"ORDER BY `from`, `to`, article SKIP $skip LIMIT $limit"
            )
            for rows in _pages(store, cypher):
                yield once(t for r in rows for t in rel_triples(mapper, rel_type, a, b, r, parties))


def _bind(graph: Graph) -> Graph:
    for prefix, ns in ALL_PREFIXES.items():
        graph.bind(prefix, ns)
    return graph


def export(store: GraphStore, out: IO[str], fmt: str = "turtle", base: str = DEFAULT_BASE) -> int:
    """Write the graph as RDF; N-Triples and Turtle stream page by page. Returns the triple count."""
    fmt = FORMATS.get(fmt, fmt)
    mapper = Mapper(base)
    count = 0
    if fmt in ("nt", "turtle"):
        if fmt == "turtle":
            out.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in ALL_PREFIXES.items()) + "\n")
        for page in triples(store, mapper):
            graph = _bind(Graph())
            for t in page:
                graph.add(t)
            text = graph.serialize(format=fmt)
            if fmt == "turtle":
                text = "".join(ln for ln in text.splitlines(keepends=True) if not ln.startswith("@prefix"))
            out.write(text)
            count += len(graph)
        return count
    graph = _bind(Graph())
    for page in triples(store, mapper):
        for t in page:
            graph.add(t)
    if fmt == "json-ld":
        context = {p: str(ns) for p, ns in PREFIXES.items()}
        out.write(graph.serialize(format="json-ld", context=context, indent=1))
    else:
        out.write(graph.serialize(format=fmt))
    return len(graph)


def _qname(term: Node) -> str:
    for prefix, ns in ALL_PREFIXES.items():
        if str(term).startswith(str(ns)):
            return f"{prefix}:{str(term)[len(str(ns)) :]}"
    return f"<{term}>"


class _Reader:
    """Store rows from polgraph RDF; the first thing that is not polgraph RDF becomes a one-line RdfError."""

    def __init__(self, graph: Graph, base: str) -> None:
        self.graph, self.m = graph, Mapper(base)
        self.labels: dict[Node, tuple[str, str]] = {}

    def scalar(self, s: Node, pred: URIRef, value: Node) -> Any:
        if not isinstance(value, Literal):
            raise RdfError(f"{s}: {_qname(pred)} must be a literal, not {value}")
        if pred in (PG.startOffset, PG.endOffset):
            number = value.toPython()
            if isinstance(number, bool) or not isinstance(number, (int, Decimal)) or number != int(number):
                raise RdfError(f"{s}: {_qname(pred)} must be a whole number, not {value!s:.40}")
            if not 0 <= number <= INT64:
                raise RdfError(f"{s}: {_qname(pred)} {value!s:.40} is out of range (0 to 2^63-1)")
            return int(number)
        if pred == PG.confidence:
            number = value.toPython()
            if isinstance(number, bool) or not isinstance(number, (int, float, Decimal)) or not 0 <= number <= 1:
                raise RdfError(f"{s}: {_qname(pred)} must be a number from 0 to 1, not {value!s:.40}")
            return float(number)
        return str(value)

    def end(self, fact: Node, pred: URIRef, node: Node | None, *labels: str) -> tuple[str, str]:
        """(label, key) of the resource FACT links to with PRED, which must be one of LABELS."""
        found = self.labels.get(node) if node is not None else None
        if found is None or found[0] not in labels:
            what = "nothing" if node is None else str(node)
            raise RdfError(f"{fact}: {_qname(pred)} links to {what}, not a polgraph {' or '.join(labels)}")
        return found

    def article(self, fact: Node) -> str:
        node = self.graph.value(fact, PROV.wasDerivedFrom)
        if node is None:
            raise RdfError(f"{fact}: no prov:wasDerivedFrom (the article it was read in)")
        return self.end(fact, PROV.wasDerivedFrom, node, "Article")[1]

    def extractor(self, fact: Node) -> str | None:
        agent = self.graph.value(fact, PROV.wasAttributedTo)
        if agent is None:
            return None
        label = self.graph.value(agent, RDFS.label)
        return str(label) if label is not None else unquote(str(agent).rsplit("/", 1)[-1])

    def provenance(self, fact: Node) -> dict:
        row: dict[str, Any] = {"article": self.article(fact), "extractor": self.extractor(fact)}
        for prop, pred in PROVENANCE.items():
            value = self.graph.value(fact, pred)
            row[prop] = self.scalar(fact, pred, value) if value is not None else None
        return row

    def nodes(self, batch: GraphBatch) -> None:
        for label, cls in CLASSES.items():
            for s in sorted(self.graph.subjects(RDF.type, cls), key=str):
                if not isinstance(s, URIRef) or not str(s).startswith(self.m.base):
                    continue
                found, key = self.m.key_of(s)
                if found != label:
                    raise RdfError(f"{s}: typed {_qname(cls)} but its IRI names a {found}")
                self.labels[s] = (label, key)
                row: dict[str, Any] = {"key": key}
                for prop, pred in NODE_PROPS[label].items():
                    values = [self.scalar(s, pred, v) for v in self.graph.objects(s, pred)]
                    row[prop] = sorted(values) if prop == "aliases" else (values[0] if values else None)
                if label == "Statement":
                    row["article"] = None
                    row["extractor"] = self.extractor(s)
                batch.node(label, row)
        for s, (label, _) in self.labels.items():
            if label == "Statement":
                batch.nodes["Statement"][self.labels[s][1]]["article"] = self.article(s)

    def stances(self) -> dict[tuple[Node, Node], str]:
        names: dict[Node, str] = {v: k for k, v in STANCES.items()}
        out = {}
        for claim, qualified in self.graph.subject_objects(PG.qualifiedAbout):
            target, value = self.graph.value(qualified, PG.aboutTarget), self.graph.value(qualified, PG.stance)
            if target is None or value is None or value not in names:
                raise RdfError(
                    f"{qualified}: a pg:Stance needs pg:aboutTarget and pg:stance pg:Negative, "
                    "pg:Positive or pg:Neutral"
                )
            out[(claim, target)] = names[value]
        return out

    def batch(self) -> GraphBatch:
        g, batch = self.graph, GraphBatch()
        self.nodes(batch)
        if not self.labels:
            raise RdfError(
                f"no polgraph resources under {self.m.base} in {len(g)} triples (not a polgraph "
                "export, or one made with another --base-iri)"
            )
        stances = self.stances()
        for claim, speaker in g.subject_objects(SCHEMA.author):
            _, ck = self.end(speaker, SCHEMA.author, claim, "Statement")
            a, ak = self.end(claim, SCHEMA.author, speaker, "Person", "Party")
            batch.rel("SAID", a, ak, "Statement", ck, {"article": self.article(claim)})
        for claim, target in g.subject_objects(SCHEMA.about):
            _, ck = self.end(target, SCHEMA.about, claim, "Statement")
            b, bk = self.end(claim, SCHEMA.about, target, "Person", "Party", "Organization")
            batch.rel(
                "ABOUT",
                "Statement",
                ck,
                b,
                bk,
                {"article": self.article(claim), "stance": stances.get((claim, target), "neutral")},
            )
        for fact, art in g.subject_objects(PROV.wasDerivedFrom):
            if self.labels.get(fact, ("",))[0] in ("Statement", "Policy"):
                a, ak = self.labels[fact]
                _, bk = self.end(fact, PROV.wasDerivedFrom, art, "Article")
                batch.rel("REPORTED_IN", a, ak, "Article", bk, {"article": bk})
        for art, entity in g.subject_objects(SCHEMA.mentions):
            _, bk = self.end(entity, SCHEMA.mentions, art, "Article")
            a, ak = self.end(art, SCHEMA.mentions, entity, "Person", "Party", "Organization")
            batch.rel("MENTIONED_IN", a, ak, "Article", bk, {"article": bk})
        for fact in g.subjects(RDF.type, ORG.Membership):
            _, pk = self.end(fact, ORG.member, g.value(fact, ORG.member), "Person")
            role, props = g.value(fact, ORG.role), self.provenance(fact)
            if role == PG.partyMember:
                _, bk = self.end(fact, ORG.organization, g.value(fact, ORG.organization), "Party")
                batch.rel("MEMBER_OF", "Person", pk, "Party", bk, props)
            else:
                _, bk = self.end(fact, ORG.role, role, "Role")
                party = g.value(fact, PG.partyName)
                batch.rel(
                    "HOLDS",
                    "Person",
                    pk,
                    "Role",
                    bk,
                    {**props, "party": self.scalar(fact, PG.partyName, party) if party is not None else None},
                )
        for fact in g.subjects(RDF.type, PG.Proposal):
            _, ak = self.end(fact, PG.party, g.value(fact, PG.party), "Party")
            _, bk = self.end(fact, PG.policy, g.value(fact, PG.policy), "Policy")
            proposer = g.value(fact, PG.proposerName)
            batch.rel(
                "PROPOSES",
                "Party",
                ak,
                "Policy",
                bk,
                {
                    **self.provenance(fact),
                    "proposer": self.scalar(fact, PG.proposerName, proposer) if proposer is not None else None,
                },
            )
        rank_rels(batch)
        return batch


def graph_to_batch(graph: Graph, base: str = DEFAULT_BASE) -> GraphBatch:
    """Rebuild store rows from RDF that polgraph exported; RdfError names the first problem."""
    return _Reader(graph, base).batch()


class _Refused(Exception):
    pass


def _refuse_entities(data: bytes) -> None:
    """RDF/XML may have a DOCTYPE but no entity declarations: nothing to expand, nothing to fetch."""

    def declared(name: str, *_: object) -> None:
        raise _Refused(f"declares the XML entity {name!r}; entity declarations are not read")

    parser = xml.parsers.expat.ParserCreate()
    parser.EntityDeclHandler = declared
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError:
        return  # rdflib names the syntax error
    except _Refused as err:
        raise RdfError(str(err)) from None


def _refuse_remote_contexts(node: Any) -> None:
    """JSON-LD whose @context names a document (or uses @import) would be fetched: refused."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            context = item.get("@context")
            for ctx in context if isinstance(context, list) else [context]:
                if isinstance(ctx, str):
                    raise RdfError(
                        f"refers to the JSON-LD context {ctx!r}; remote and file contexts are not "
                        "fetched (put the context inline)"
                    )
            if "@import" in item:
                raise RdfError("uses JSON-LD @import; remote contexts are not fetched")
            stack.extend(item.values())


class ParseTimeout(Exception):
    pass


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(*_: object) -> None:
        raise ParseTimeout

    previous = signal.signal(signal.SIGALRM, expired)
    # The interval re-raises if the first alarm lands where exceptions are swallowed (a gc callback).
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _one_line(err: BaseException, limit: int = 300) -> str:
    from rdflib.plugins.parsers.notation3 import BadSyntax

    if isinstance(err, BadSyntax):  # its own text names no file and spreads over three lines
        text = err._str.decode("utf-8", "replace")
        line_start = text.rfind("\n", 0, err._i) + 1
        line_end = text.find("\n", err._i)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        column = err._i - line_start
        near = (line[max(0, column - 40) : column] + "\u2038" + line[column : column + 40]).strip()
        return f"line {err.lines + 1}, column {column + 1}: {err._why}, near: {near}"
    text = " ".join(str(err).split()) or type(err).__name__
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def load(path: str, fmt: str | None = None, seconds: float = PARSE_SECONDS) -> Graph:
    """Parse an RDF file offline: no remote JSON-LD contexts, no XML entities, at most SECONDS of parsing."""
    from pathlib import Path

    guessed = FORMATS.get(fmt or "", fmt) or _guess(path)
    graph = Graph()
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise RdfError(f"{path}: cannot read: {err.strerror or err}") from err
    try:
        with _time_limit(seconds):
            if guessed == "xml":
                _refuse_entities(data)
            elif guessed == "json-ld":
                _refuse_remote_contexts(json.loads(data))
            graph.parse(data=data, format=guessed, publicID=Path(path).absolute().as_uri())
    except RdfError as err:
        raise RdfError(f"{path}: {err}") from None
    except ParseTimeout:
        raise RdfError(f"{path}: parsing took more than {seconds:g} s; stopped") from None
    except RecursionError:
        raise RdfError(f"{path}: cannot parse as {guessed}: nested too deeply") from None
    except Exception as err:  # noqa: BLE001 (rdflib raises many parser-specific types)
        raise RdfError(f"{path}: cannot parse as {guessed}: {_one_line(err)}") from None
    return graph


def _guess(path: str) -> str:
    suffix = re.sub(r".*\.", "", path.lower())
    return {
        "ttl": "turtle",
        "nt": "nt",
        "jsonld": "json-ld",
        "json": "json-ld",
        "rdf": "xml",
        "xml": "xml",
        "owl": "xml",
    }.get(suffix, "turtle")
