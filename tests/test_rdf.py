"""RDF: the ontology is complete, exports carry stance, validate and parse, and import/export round-trips."""

from __future__ import annotations

import io
import re

import pyshacl
import pytest
from rdflib import OWL, RDF, RDFS, Graph
from rdflib.compare import isomorphic
from sample_graph import sample_facts, sample_store

from polgraph.graph.embedded import EmbeddedStore
from polgraph.ontology.rdf import export, graph_to_batch, ontology_graph, shapes_graph

DECLARED = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = sample_store(tmp_path_factory.mktemp("rdf") / "sample.db")
    yield store
    store.close()


@pytest.fixture(scope="module")
def turtle(store) -> Graph:
    buf = io.StringIO()
    export(store, buf, "turtle")
    return Graph().parse(data=buf.getvalue(), format="turtle")


def readme_sparql() -> str:
    text = (__import__("pathlib").Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    return re.search(r"```sparql\n(.*?)```", text, re.DOTALL).group(1)


def test_every_term_in_an_export_is_declared_labelled_and_commented(turtle):
    onto = ontology_graph()
    declared = {s for kind in DECLARED for s in onto.subjects(RDF.type, kind)}
    used = (
        {p for p in turtle.predicates() if p != RDF.type}
        | set(turtle.objects(None, RDF.type))
        | set(turtle.objects(None, onto.namespace_manager.expand_curie("pg:stance")))
    )
    missing = sorted(str(t) for t in used - declared)
    assert not missing, missing
    for term in used:
        assert onto.value(term, RDFS.label) is not None and onto.value(term, RDFS.comment) is not None, term


def test_export_validates_against_the_shapes(turtle):
    conforms, _, text = pyshacl.validate(
        turtle, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none"
    )
    assert conforms, text[:2000]


def test_a_stance_whose_claim_is_not_about_its_target_is_a_violation(turtle):
    broken = Graph()
    for t in turtle:
        broken.add(t)
    schema_about = turtle.namespace_manager.expand_curie("schema:about")
    claim, target = next(iter(broken.subject_objects(schema_about)))
    broken.remove((claim, schema_about, target))
    conforms, _, text = pyshacl.validate(
        broken, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none"
    )
    assert not conforms and "must be schema:about its pg:aboutTarget" in text


def test_readme_sparql_finds_who_attacks_whom(turtle):
    rows = {(str(r[0]), str(r[1]), int(r[2])) for r in turtle.query(readme_sparql())}
    assert ("Tobias Quell", "Labour Party", 1) in rows
    assert ("Maren Holloway", "Conservative Party", 1) in rows
    assert not any(
        target in ("Ines Farrow", "Maren Holloway") and speaker != "Tobias Quell" for speaker, target, _ in rows
    )  # praise is not an attack


@pytest.mark.parametrize("fmt", ["json-ld", "nt", "xml"])
def test_every_format_parses_to_the_same_graph_and_reports_the_same_count(store, turtle, fmt):
    buf = io.StringIO()
    count = export(store, buf, fmt)
    assert isomorphic(Graph().parse(data=buf.getvalue(), format=fmt), turtle)
    assert count == len(turtle)


def test_n_triples_has_no_line_twice_and_turtle_counts_what_it_wrote(store, turtle):
    buf = io.StringIO()
    count = export(store, buf, "nt")
    lines = [ln for ln in buf.getvalue().splitlines() if ln.strip()]
    assert len(lines) == len(set(lines)) == count == export(store, io.StringIO(), "turtle")


def test_round_trip_through_an_empty_store_keeps_stance(tmp_path, store, turtle):
    copy = EmbeddedStore(tmp_path / "copy.db")
    copy.write(graph_to_batch(turtle))
    buf = io.StringIO()
    export(copy, buf, "turtle")
    again = Graph().parse(data=buf.getvalue(), format="turtle")
    stances = copy.query("MATCH (:Statement)-[e:ABOUT]->(t) RETURN t.key AS target, e.stance AS stance")
    assert copy.counts() == store.counts()
    copy.close()
    assert isomorphic(again, turtle)
    assert {"target": "ines farrow", "stance": "positive"} in stances
    assert {"target": "gb:labour party", "stance": "negative"} in stances


def test_same_entity_same_iri_under_a_chosen_base(store):
    first, second = io.StringIO(), io.StringIO()
    export(store, first, "nt", base="https://example.org/news/")
    export(store, second, "nt", base="https://example.org/news/")
    assert "<https://example.org/news/person/maren%20holloway>" in first.getvalue()
    assert "<https://example.org/news/party/ie%3Alabour%20party>" in first.getvalue()
    assert sorted(first.getvalue().splitlines()) == sorted(second.getvalue().splitlines())


def test_control_characters_and_nul_give_well_formed_rdf_xml_equal_to_turtle(tmp_path):
    facts = sample_facts()
    facts[0].statements[1].text = "Ines Farrow\x00 has shown\x07 real\x1b courage."
    facts[0].persons[0].aliases = ["M.\x0cHolloway"]
    store = sample_store(tmp_path / "ctl.db", facts)
    graphs = {}
    for fmt in ("turtle", "xml", "nt", "json-ld"):
        buf = io.StringIO()
        export(store, buf, fmt)
        assert "\x00" not in buf.getvalue()
        graphs[fmt] = Graph().parse(data=buf.getvalue(), format=fmt)
    store.close()
    assert all(isomorphic(graphs["turtle"], g) for g in graphs.values())
    texts = {str(o) for o in graphs["xml"].objects()}
    assert "Ines Farrow has shown real courage." in texts


def test_a_role_names_its_party_only_when_the_name_is_one_party(tmp_path):
    from polgraph.facts import Provenance, Role

    facts = sample_facts()
    facts[0].roles.append(
        Role(
            "Maren Holloway",
            "shadow housing secretary",
            "Labour Party",
            Provenance("gb-1", "text", 300, 330, "Holloway, shadow housing secretary"),
        )
    )
    store = sample_store(tmp_path / "roles.db", facts)
    buf = io.StringIO()
    export(store, buf, "nt")
    store.close()
    organisations = {
        ln.split()[2]
        for ln in buf.getvalue().splitlines()
        if "<http://www.w3.org/ns/org#organization>" in ln and "/holds/" in ln
    }
    assert organisations == {"<https://w3id.org/polgraph/id/party/gb%3Aconservative%20party>"}
