#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The devnet figures of BENCHMARKS.md in one command.

Starts a fresh devnet with `./twinchain devnet up --detach` (after making sure the node jar is
built, so the build is not timed), and measures:
  * seconds from running `up` to the first mined block (eth_blockNumber >= 1 on any AP),
  * seconds until `up` returned (every process ready),
  * the mean block interval over an observation window (head timestamps on ap-1),
  * resident memory (VmRSS) summed over every process the devnet started and their children,
  * slot latency: latencyMs.total of each twin's latest classified window (head + transfer + tail),
    read with twin_list on every gateway at the end of the window.
Then stops and deletes the devnet. Prints `uptime` before and after, and one JSON line.

  devnet/bench.py                                    # 3 APs, 2 gateways, 10 devices
  devnet/bench.py --access-points 8 --gateways 8 --devices 1000 --window 180
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAUNCHER = os.path.join(ROOT, "twinchain")
RPC_BASE = 8545


def rpc(port, method, *params):
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": list(params)})
    request = urllib.request.Request(
        "http://127.0.0.1:%d/" % port, body.encode(), {"content-type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.load(response).get("result")
    except OSError:
        return None


def head(port):
    block = rpc(port, "eth_getBlockByNumber", "latest", False)
    return (int(block["number"], 16), int(block["timestamp"], 16)) if block else None


def devnet(args, *command):
    return subprocess.run(
        [LAUNCHER, "devnet", *command, "--data-path", args.data_path],
        capture_output=True, text=True)


def uptime():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def descendants(pids):
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(parent, []).append(int(entry))
            except OSError:
                pass
    found, todo = set(), list(pids)
    while todo:
        pid = todo.pop()
        if pid not in found:
            found.add(pid)
            todo.extend(children.get(pid, []))
    return found


def rss_mb(pid):
    try:
        with open("/proc/%d/status" % pid) as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def memory(args):
    with open(os.path.join(args.data_path, "processes.json")) as table:
        processes = json.load(table)
    per_process = {
        name: round(sum(rss_mb(p) for p in descendants([entry["pid"]])))
        for name, entry in processes.items()}
    return sum(per_process.values()), per_process


def slot_latencies(args, offset):
    latencies, twins = [], 0
    for g in range(args.gateways):
        port = RPC_BASE + 10 * (args.access_points + g) + offset
        after = None
        while True:
            page = {"size": 100}
            if after:
                page["after"] = after
            result = rpc(port, "twin_list", {"page": page}) or {"items": [], "next": None}
            for twin in result["items"]:
                twins += 1
                total = (twin.get("features", {}).get("condition", {}).get("properties", {})
                         .get("latencyMs", {}).get("total"))
                if total is not None:
                    latencies.append(total)
            after = result.get("next")
            if not after:
                break
    return twins, latencies


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--access-points", type=int, default=3)
    parser.add_argument("--gateways", type=int, default=2)
    parser.add_argument("--devices", type=int, default=10)
    parser.add_argument("--port-offset", type=int, default=3000)
    parser.add_argument("--data-path", default="/tmp/twinchain-devnet-bench")
    parser.add_argument("--warmup", type=int, default=60, help="seconds after up before the window")
    parser.add_argument("--window", type=int, default=120, help="seconds of block observation")
    args = parser.parse_args()
    offset = args.port_offset
    ap_ports = [RPC_BASE + 10 * k + offset for k in range(args.access_points)]

    subprocess.run([LAUNCHER, "--version"], capture_output=True, check=True)  # builds if stale
    devnet(args, "remove")
    print("before: " + uptime(), flush=True)
    started = time.monotonic()
    up = subprocess.Popen(
        [LAUNCHER, "devnet", "up", "--detach", "--data-path", args.data_path,
         "--port-offset", str(offset), "--access-points", str(args.access_points),
         "--gateways", str(args.gateways), "--devices", str(args.devices)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    first_block = up_returned = None
    while first_block is None or up_returned is None:
        if up_returned is None and up.poll() is not None:
            up_returned = time.monotonic() - started
            if up.returncode != 0:
                sys.exit("devnet up failed: " + up.stderr.read())
        if first_block is None and any((head(p) or (0, 0))[0] >= 1 for p in ap_ports):
            first_block = time.monotonic() - started
        if time.monotonic() - started > 900:
            sys.exit("no block 15 minutes after up")
        time.sleep(0.5)
    print("first block after %.1f s, all ready after %.1f s" % (first_block, up_returned),
          flush=True)
    try:
        time.sleep(args.warmup)
        start_head = head(ap_ports[0])
        time.sleep(args.window)
        end_head = head(ap_ports[0])
        total_mb, per_process = memory(args)
        twins, latencies = slot_latencies(args, offset)
        heads = [(head(p) or (-1, 0))[0] for p in ap_ports]
        after = uptime()
    finally:
        devnet(args, "remove")
    blocks = end_head[0] - start_head[0]
    figures = {
        "access_points": args.access_points, "gateways": args.gateways, "devices": args.devices,
        "first_block_s": round(first_block, 1), "all_ready_s": round(up_returned, 1),
        "window_s": args.window, "blocks_in_window": blocks,
        "mean_block_interval_s":
            round((end_head[1] - start_head[1]) / blocks, 2) if blocks > 0 else None,
        "ap_heads_at_end": heads,
        "rss_total_mb": round(total_mb), "rss_mb": per_process,
        "twins": twins, "twins_classified": len(latencies),
        "slot_latency_ms": {
            "p50": percentile(latencies, 0.5), "p95": percentile(latencies, 0.95),
            "max": max(latencies) if latencies else None},
    }
    print("after: " + after)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
