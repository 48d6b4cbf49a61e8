"""One timed step of the side-by-side benchmark in a peer library, in its own process.

Usage: python3 bench/peers/peer.py igraph|networkx <edge-list> <step>; prints
{"seconds": ..., "peakMB": ..., "value": ..., "version": ...}. Reading the file is not timed; `build`
times making the graph from the edge list, the other steps run on a built graph. Single-threaded, as
both libraries are for these calls.
"""
import json
import resource
import sys
import time


def read(path):
    with open(path) as handle:
        nodes = int(handle.readline())
        edges = [tuple(map(int, line.split())) for line in handle if line.strip()]
    return nodes, edges


def run_igraph(nodes, edges, step):
    import igraph

    if step == "build":
        start = time.perf_counter()
        igraph.Graph(n=nodes, edges=edges)
        return time.perf_counter() - start, None, igraph.__version__
    graph = igraph.Graph(n=nodes, edges=edges)
    start = time.perf_counter()
    value = None
    if step == "cut":
        graph.articulation_points()
        graph.bridges()
        graph.coreness()
    elif step == "louvain":
        value = graph.community_multilevel().modularity
    elif step == "betweenness":
        graph.betweenness()
    elif step == "constraint":
        graph.constraint()
    else:
        raise SystemExit(f"unknown step {step}")
    return time.perf_counter() - start, value, igraph.__version__


def run_networkx(nodes, edges, step):
    import networkx as nx

    def build():
        graph = nx.Graph()
        graph.add_nodes_from(range(nodes))
        graph.add_edges_from(edges)
        return graph

    if step == "build":
        start = time.perf_counter()
        build()
        return time.perf_counter() - start, None, nx.__version__
    graph = build()
    start = time.perf_counter()
    value = None
    if step == "cut":
        list(nx.articulation_points(graph))
        list(nx.bridges(graph))
        nx.core_number(graph)
    elif step == "louvain":
        parts = nx.community.louvain_communities(graph, seed=1)
        value = nx.community.modularity(graph, parts)
    elif step == "betweenness":
        nx.betweenness_centrality(graph)
    elif step == "constraint":
        nx.constraint(graph)
    else:
        raise SystemExit(f"unknown step {step}")
    return time.perf_counter() - start, value, nx.__version__


def main():
    tool, path, step = sys.argv[1:4]
    nodes, edges = read(path)
    seconds, value, version = (run_igraph if tool == "igraph" else run_networkx)(nodes, edges, step)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peakMB": peak, "value": value, "version": version}))


main()
