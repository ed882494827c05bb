"""Stories and cross-source synthesis: the corpus stage "stories@18".

`stories_corpus` clusters articles into stories (`cluster`), merges the events several
articles report into corpus events with their conflicts (`merge`), dates undated articles from
their story (`anchor`) and writes a cited summary per story (`summary`).  `outputs` turns the
stored records into a timeline and an actor graph.
"""

from veille.stages.stories.outputs import actor_graph, graph_json, timeline, write_graphml
from veille.stages.stories.stage import StoriesResult, stories_corpus

__all__ = ["StoriesResult", "actor_graph", "graph_json", "stories_corpus", "timeline",
           "write_graphml"]
