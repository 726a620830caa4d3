// /bench.html forwards to /bench, keeping the query (?engine=, ?configs=, ?runs=).
location.replace(`/bench${location.search}`);
