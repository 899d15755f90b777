-- wrk script: POSTs the JSON-RPC request in $BODY over keep-alive connections (a GET when $BODY is
-- unset, for the /liveness baseline), and prints one line: requests/s, p50, p99, non-2xx count.
-- wrk counts only non-2xx statuses, not JSON-RPC errors: read-throughput.sh checks each answer first.
local body = os.getenv("BODY")
if body ~= nil and body ~= "" then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

done = function(summary, latency, requests)
  io.write(string.format("rps=%.0f p50_ms=%.3f p99_ms=%.3f non2xx=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
