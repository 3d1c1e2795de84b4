"""The graph as RDF and back: stable IRIs, FOAF/schema.org/ORG/PROV terms, page-by-page export."""
from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources
from typing import IO, Any
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV

from polgraph.graph.model import GraphBatch, digest
from polgraph.graph.schema import NODES, RELS
from polgraph.graph.store import GraphStore

PG = Namespace("https://w3id.org/polgraph/ontology#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
DEFAULT_BASE = "https://w3id.org/polgraph/id/"
PAGE = 2000
FORMATS = {"turtle": "turtle", "ttl": "turtle", "json-ld": "json-ld", "jsonld": "json-ld", "nt": "nt",
           "ntriples": "nt", "xml": "xml", "rdfxml": "xml"}
PREFIXES = {"pg": PG, "schema": SCHEMA, "org": ORG, "foaf": FOAF, "prov": PROV, "dcterms": DCTERMS}
ALL_PREFIXES = {**PREFIXES, "rdf": RDF, "rdfs": RDFS, "xsd": XSD}
SEGMENT = {"Person": "person", "Party": "party", "Organization": "org", "Role": "role", "Statement": "statement",
           "Policy": "policy", "Article": "article"}
CLASSES = {"Person": FOAF.Person, "Party": PG.PoliticalParty, "Organization": ORG.Organization, "Role": ORG.Role,
           "Statement": SCHEMA.Claim, "Policy": PG.Policy, "Article": SCHEMA.NewsArticle}
PROVENANCE = {"field": PG.field, "start_offset": PG.startOffset, "end_offset": PG.endOffset,
              "sentence": PG.sentence, "confidence": PG.confidence, "as_of": PG.asOf}
NODE_PROPS = {
    "Person": {"name": FOAF.name, "aliases": SCHEMA.alternateName},
    "Party": {"name": FOAF.name, "aliases": SCHEMA.alternateName, "country": PG.country},
    "Organization": {"name": FOAF.name, "aliases": SCHEMA.alternateName},
    "Role": {"name": RDFS.label},
    "Statement": {"text": SCHEMA.text, "type": PG.statementType, "speaker": PG.speakerName, "name": FOAF.name,
                  "published": SCHEMA.datePublished, "field": PG.field, "start_offset": PG.startOffset,
                  "end_offset": PG.endOffset, "sentence": PG.sentence, "confidence": PG.confidence},
    "Policy": {"name": RDFS.label, "party": PG.partyName, "text_lc": PG.searchText},
    "Article": {"name": FOAF.name, "title": DCTERMS.title, "url": SCHEMA.url, "outlet": DCTERMS.publisher,
                "published": DCTERMS.date},
}


class RdfError(ValueError):
    """RDF that polgraph cannot read back."""


def ontology_graph() -> Graph:
    return Graph().parse(data=resources.files(__package__).joinpath("polgraph.ttl").read_text("utf-8"),
                         format="turtle")


def shapes_graph() -> Graph:
    return Graph().parse(data=resources.files(__package__).joinpath("shapes.ttl").read_text("utf-8"),
                         format="turtle")


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
        segment, _, key = text[len(self.base):].partition("/")
        label = next((lab for lab, seg in SEGMENT.items() if seg == segment), None)
        if label is None or not key:
            raise RdfError(f"{iri}: not a polgraph resource IRI")
        from urllib.parse import unquote

        return label, unquote(key)

    def agent(self, extractor: str) -> URIRef:
        return URIRef(f"{self.base}extractor/{quote(extractor, safe='')}")


def _literal(pred: URIRef, value: Any) -> Literal:
    if pred in (PG.startOffset, PG.endOffset):
        return Literal(int(value), datatype=XSD.integer)
    if pred == PG.confidence:
        return Literal(float(value), datatype=XSD.double)
    return Literal(str(value))


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
            yield m.agent(row["extractor"]), RDFS.label, Literal(row["extractor"])


def rel_triples(m: Mapper, rel_type: str, a: str, b: str, row: dict, parties: dict[str, URIRef]) -> Iterator[tuple]:
    s, o = m.iri(a, row["from"]), m.iri(b, row["to"])
    if rel_type == "SAID":
        yield o, SCHEMA.author, s
    elif rel_type == "ABOUT":
        yield s, SCHEMA.about, o
    elif rel_type == "REPORTED_IN":
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
                if row["party"] in parties:
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


def triples(store: GraphStore, mapper: Mapper) -> Iterator[list[tuple]]:
    """Triples of the whole graph, one page of nodes or relationships at a time."""
    parties: dict[str, URIRef] = {}
    for label, node in NODES.items():
        props = ", ".join(f"n.{p} AS {p}" for p in node.properties)
        cypher = f"MATCH (n:{label}) RETURN {props} ORDER BY n.key SKIP $skip LIMIT $limit"
        for rows in _pages(store, cypher):
            if label == "Party":
                parties.update({r["name"]: mapper.iri("Party", r["key"]) for r in rows})
            yield [t for r in rows for t in node_triples(mapper, label, r)]
    for rel_type, rel in RELS.items():
        props = "".join(f", e.{p} AS {p}" for p in rel.properties)
        for a, b in rel.ends:
            cypher = (f"MATCH (a:{a})-[e:{rel_type}]->(b:{b}) RETURN a.key AS `from`, b.key AS `to`{props} "
                      f"ORDER BY `from`, `to`, article SKIP $skip LIMIT $limit")
            for rows in _pages(store, cypher):
                yield [t for r in rows for t in rel_triples(mapper, rel_type, a, b, r, parties)]


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


def _prov_row(graph: Graph, fact: URIRef, m: Mapper) -> dict:
    row: dict[str, Any] = {}
    article = graph.value(fact, PROV.wasDerivedFrom)
    row["article"] = m.key_of(article)[1] if article is not None else None
    agent = graph.value(fact, PROV.wasAttributedTo)
    row["extractor"] = str(graph.value(agent, RDFS.label)) if agent is not None else None
    for prop, pred in PROVENANCE.items():
        value = graph.value(fact, pred)
        row[prop] = value.toPython() if value is not None else None
    return row


def graph_to_batch(graph: Graph, base: str = DEFAULT_BASE) -> GraphBatch:
    """Rebuild store rows from RDF that polgraph exported."""
    m = Mapper(base)
    batch = GraphBatch()
    for label, cls in CLASSES.items():
        for s in sorted(graph.subjects(RDF.type, cls)):
            if not str(s).startswith(m.base):
                continue
            _, key = m.key_of(s)
            row: dict[str, Any] = {"key": key}
            for prop, pred in NODE_PROPS[label].items():
                values = [v.toPython() for v in graph.objects(s, pred)]
                if prop == "aliases":
                    row[prop] = sorted(str(v) for v in values)
                else:
                    row[prop] = values[0] if values else None
            if label == "Statement":
                article = graph.value(s, PROV.wasDerivedFrom)
                row["article"] = m.key_of(article)[1] if article is not None else None
                agent = graph.value(s, PROV.wasAttributedTo)
                row["extractor"] = str(graph.value(agent, RDFS.label)) if agent is not None else None
            batch.node(label, row)
    label_of = {s: m.key_of(s) for s in graph.subjects(PG.key, None)}

    def ends(s: URIRef, o: URIRef) -> tuple[str, str, str, str]:
        (a, ak), (b, bk) = label_of[s], label_of[o]
        return a, ak, b, bk

    def article_of(node: URIRef) -> str | None:
        value = graph.value(node, PROV.wasDerivedFrom)
        return m.key_of(value)[1] if value is not None and value in label_of else None

    for claim, _, speaker in graph.triples((None, SCHEMA.author, None)):
        a, ak, b, bk = ends(speaker, claim)
        batch.rel("SAID", a, ak, b, bk, {"article": article_of(claim)})
    for claim, _, target in graph.triples((None, SCHEMA.about, None)):
        a, ak, b, bk = ends(claim, target)
        batch.rel("ABOUT", a, ak, b, bk, {"article": article_of(claim)})
    for fact, _, art in graph.triples((None, PROV.wasDerivedFrom, None)):
        if fact in label_of and label_of[fact][0] in ("Statement", "Policy"):
            a, ak, b, bk = ends(fact, art)
            batch.rel("REPORTED_IN", a, ak, b, bk, {"article": bk})
    for art, _, entity in graph.triples((None, SCHEMA.mentions, None)):
        a, ak, b, bk = ends(entity, art)
        batch.rel("MENTIONED_IN", a, ak, b, bk, {"article": bk})
    for fact in graph.subjects(RDF.type, ORG.Membership):
        person, role = graph.value(fact, ORG.member), graph.value(fact, ORG.role)
        props = _prov_row(graph, fact, m)
        if role == PG.partyMember:
            a, ak, b, bk = ends(person, graph.value(fact, ORG.organization))
            batch.rel("MEMBER_OF", a, ak, b, bk, props)
        else:
            a, ak, b, bk = ends(person, role)
            party = graph.value(fact, PG.partyName)
            batch.rel("HOLDS", a, ak, b, bk, {**props, "party": str(party) if party is not None else None})
    for fact in graph.subjects(RDF.type, PG.Proposal):
        a, ak, b, bk = ends(graph.value(fact, PG.party), graph.value(fact, PG.policy))
        proposer = graph.value(fact, PG.proposerName)
        batch.rel("PROPOSES", a, ak, b, bk, {**_prov_row(graph, fact, m),
                                                "proposer": str(proposer) if proposer is not None else None})
    return batch


def load(path: str, fmt: str | None = None) -> Graph:
    """Parse an RDF file safely (no external entities, no network)."""
    graph = Graph()
    guessed = FORMATS.get(fmt or "", fmt) or _guess(path)
    try:
        graph.parse(path, format=guessed)
    except Exception as err:  # rdflib raises many parser-specific types
        raise RdfError(f"{path}: cannot parse as {guessed}: {str(err).splitlines()[0] if str(err) else err}") from err
    return graph


def _guess(path: str) -> str:
    suffix = re.sub(r".*\.", "", path.lower())
    return {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "json": "json-ld", "rdf": "xml", "xml": "xml",
            "owl": "xml"}.get(suffix, "turtle")
