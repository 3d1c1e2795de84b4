"""The signed party graph, the page data and the RDF export are the same from Neo4j as from the embedded store."""

from __future__ import annotations

import io

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from sample_graph import sample_facts, sample_store

from polgraph.graph.draw import page_data
from polgraph.graph.ingest import ingest
from polgraph.graph.project import actor_graph, party_graph
from polgraph.ontology.rdf import export

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def stores(neo4j_server, tmp_path_factory):
    neo4j_server.wipe()
    neo4j = neo4j_server.store()
    ingest(neo4j, sample_facts())
    embedded = sample_store(tmp_path_factory.mktemp("both") / "sample.db")
    yield neo4j, embedded
    neo4j.close()
    embedded.close()


def test_signed_party_graph_is_the_same_on_both_stores(stores):
    neo4j, embedded = (party_graph(s) for s in stores)
    assert nx.utils.graphs_equal(neo4j, embedded)
    assert neo4j.edges["ie:labour party", "ie:fine gael"]["stance"] == "negative"


def test_page_is_the_same_on_both_stores(stores):
    assert page_data(actor_graph(stores[0])) == page_data(actor_graph(stores[1]))


def test_rdf_export_is_the_same_on_both_stores(stores):
    graphs = []
    for store in stores:
        buf = io.StringIO()
        export(store, buf, "nt")
        graphs.append(Graph().parse(data=buf.getvalue(), format="nt"))
    assert isomorphic(*graphs)
