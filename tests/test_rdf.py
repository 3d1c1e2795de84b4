"""RDF: the ontology is complete, exports validate and parse, and import/export round-trips."""
from __future__ import annotations

import io

import pyshacl
import pytest
from conftest import needs_dev
from rdflib import OWL, RDF, RDFS, Graph
from rdflib.compare import isomorphic

from polgraph.graph.embedded import EmbeddedStore
from polgraph.ontology.rdf import export, graph_to_batch, load, ontology_graph, shapes_graph

pytestmark = needs_dev
DECLARED = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def turtle(dev_store) -> Graph:
    buf = io.StringIO()
    export(dev_store, buf, "turtle")
    return Graph().parse(data=buf.getvalue(), format="turtle")


def test_every_term_in_an_export_is_declared_labelled_and_commented(turtle):
    onto = ontology_graph()
    declared = {s for kind in DECLARED for s in onto.subjects(RDF.type, kind)}
    used = {p for p in turtle.predicates() if p != RDF.type} | set(turtle.objects(None, RDF.type))
    missing = sorted(str(t) for t in used - declared)
    assert not missing, missing
    for term in used:
        assert onto.value(term, RDFS.label) is not None and onto.value(term, RDFS.comment) is not None, term


def test_export_of_the_dev_articles_validates_against_the_shapes(turtle):
    conforms, _, text = pyshacl.validate(turtle, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
                                         inference="none")
    assert conforms, text[:2000]


@pytest.mark.parametrize("fmt", ["json-ld", "nt", "xml"])
def test_every_format_parses_to_the_same_graph(dev_store, turtle, fmt):
    buf = io.StringIO()
    export(dev_store, buf, fmt)
    assert isomorphic(Graph().parse(data=buf.getvalue(), format=fmt), turtle)


def test_round_trip_through_an_empty_store(tmp_path, dev_store, turtle):
    copy = EmbeddedStore(tmp_path / "copy.db")
    copy.write(graph_to_batch(turtle))
    buf = io.StringIO()
    export(copy, buf, "turtle")
    again = Graph().parse(data=buf.getvalue(), format="turtle")
    assert copy.counts() == dev_store.counts()
    copy.close()
    assert isomorphic(again, turtle)


def test_same_entity_same_iri_under_a_chosen_base(dev_store):
    first, second = io.StringIO(), io.StringIO()
    export(dev_store, first, "nt", base="https://example.org/news/")
    export(dev_store, second, "nt", base="https://example.org/news/")
    assert "<https://example.org/news/person/keir%20starmer>" in first.getvalue()
    assert sorted(first.getvalue().splitlines()) == sorted(second.getvalue().splitlines())


def test_rdf_xml_import_ignores_external_entities(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    doc = tmp_path / "evil.rdf"
    doc.write_text(f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]>'
                   '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                   'xmlns:f="http://xmlns.com/foaf/0.1/"><rdf:Description rdf:about="https://x.org/p">'
                   '<f:name>&x;</f:name></rdf:Description></rdf:RDF>')
    graph = load(str(doc))
    assert "TOP-SECRET" not in {str(o) for o in graph.objects()}
