-- wrk script: eth_getBalance at latest of a random funded account (0x...0001 to 0x...03e8) of
-- RpcReadServer's genesis, over keep-alive connections. Check one answer by hand (curl) first:
-- wrk counts only non-2xx statuses, not JSON-RPC errors.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  local account = string.format("0x%040x", math.random(1, 1000))
  return wrk.format(nil, nil, nil,
    '{"jsonrpc":"2.0","id":1,"method":"eth_getBalance","params":["' .. account .. '","latest"]}')
end

done = function(summary, latency, requests)
  io.write(string.format("p50_ms=%.3f p99_ms=%.3f rps=%.0f non2xx=%d\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.errors.status))
end
