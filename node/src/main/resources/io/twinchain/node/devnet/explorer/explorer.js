// twinchain devnet explorer: plain JS over the nodes' JSON-RPC (HTTP). Every panel says which
// method feeds it and, when a node does not serve that method yet, says so instead of failing.
"use strict";

const METHODS = {
  head: "eth_blockNumber",
  peers: "net_peerCount",
  block: "eth_getBlockByNumber",
  reputation: "rep_getReputation",
  difficulty: "rep_getDifficulty",
  twins: "twin_list",
  controller: "ctrl_getState",
  decision: "ctrl_getDecision",
};
const REFRESH_MS = 3000;
const BLOCKS_SHOWN = 10;
const HISTORY = 60;
const history = new Map();
let recentBlocks = [];
let config = null;
let requestId = 0;

class RpcError extends Error {
  constructor(method, error) {
    super(`${method}: ${error.message}`);
    this.code = error.code;
  }
}

async function rpc(node, method, params = []) {
  const response = await fetch(node.rpc, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: ++requestId, method, params }),
  });
  const body = await response.json();
  if (body.error) {
    throw new RpcError(method, body.error);
  }
  return body.result;
}

const quantity = (hex) => (typeof hex === "string" && hex.startsWith("0x") ? parseInt(hex, 16) : hex);
const short = (hex) => (typeof hex === "string" && hex.length > 18 ? `${hex.slice(0, 10)}…${hex.slice(-6)}` : String(hex ?? ""));
const aps = () => config.nodes.filter((n) => n.role === "ap");
const gateways = () => config.nodes.filter((n) => n.role === "gateway");

function cell(text, className) {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function fillRows(sectionId, rows) {
  const tbody = document.querySelector(`#${sectionId} tbody`);
  tbody.replaceChildren(
    ...rows.map((cells) => {
      const tr = document.createElement("tr");
      tr.append(...cells.map((c) => (c instanceof Node ? wrap(c) : cell(String(c)))));
      return tr;
    }),
  );
}

function wrap(node) {
  if (node.tagName === "TD") return node;
  const td = document.createElement("td");
  td.append(node);
  return td;
}

function status(sectionId, text, unavailable = false) {
  const p = document.querySelector(`#${sectionId} .status`);
  p.textContent = text;
  p.classList.toggle("unavailable", unavailable);
}

function explain(sectionId, error) {
  const missing = error instanceof RpcError && error.code === -32601;
  status(sectionId, missing ? `not available on this devnet yet (${error.message})` : `error: ${error.message}`, true);
}

async function refreshNodes() {
  const heads = await Promise.all(
    config.nodes.map(async (node) => {
      try {
        const [head, peers] = await Promise.all([rpc(node, METHODS.head), rpc(node, METHODS.peers)]);
        return { node, head: quantity(head), peers: quantity(peers) };
      } catch (e) {
        return { node, head: null, peers: null, error: e.message };
      }
    }),
  );
  fillRows(
    "nodes",
    heads.map(({ node, head, peers, error }) => [
      node.name, node.role, cell(short(node.address), "mono"),
      error ? cell("down", "bad") : head, error ? "-" : peers, cell(node.rpc, "mono"),
    ]),
  );
  return heads.filter((h) => h.head !== null).sort((a, b) => b.head - a.head)[0];
}

async function refreshBlocks(best) {
  if (!best) {
    status("blocks", "no node answers", true);
    return;
  }
  try {
    const numbers = [];
    for (let n = best.head; n >= 0 && numbers.length < BLOCKS_SHOWN; n--) numbers.push(n);
    const blocks = await Promise.all(numbers.map((n) => rpc(best.node, METHODS.block, ["0x" + n.toString(16), false])));
    recentBlocks = blocks.filter((b) => b);
    fillRows(
      "blocks",
      recentBlocks.map((b) => [
        quantity(b.number), cell(short(b.hash), "mono"), cell(minerName(b.miner), "mono"),
        (b.transactions || []).length, new Date(quantity(b.timestamp) * 1000).toLocaleTimeString(),
      ]),
    );
    status("blocks", `head ${best.head} from ${best.node.name} (${METHODS.block})`);
  } catch (e) {
    explain("blocks", e);
  }
}

function minerName(address) {
  const node = config.nodes.find((n) => n.address && address && n.address.toLowerCase() === address.toLowerCase());
  return node ? `${node.name} ${short(address)}` : short(address);
}

function sparkline(values) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("class", "spark");
  svg.setAttribute("viewBox", "0 0 160 28");
  if (values.length > 1) {
    const min = Math.min(...values), max = Math.max(...values), span = max - min || 1;
    const line = document.createElementNS("http://www.w3.org/2000/svg", "polyline");
    line.setAttribute("points", values.map((v, i) => `${(i / (values.length - 1)) * 160},${26 - ((v - min) / span) * 24}`).join(" "));
    svg.append(line);
  }
  return svg;
}

async function refreshReputation(best) {
  if (!best) return;
  const rows = [];
  let missing = null;
  for (const ap of aps()) {
    let value = "-";
    try {
      const reputation = await rpc(best.node, METHODS.reputation, [ap.address, "latest"]);
      value = Number(typeof reputation === "object" && reputation !== null ? reputation.value ?? reputation.reputation : quantity(reputation));
      const series = history.get(ap.name) || [];
      series.push(value);
      history.set(ap.name, series.slice(-HISTORY));
    } catch (e) {
      missing = e;
    }
    const mined = recentBlocks.filter((b) => b.miner && ap.address && b.miner.toLowerCase() === ap.address.toLowerCase());
    const difficulty = mined.length ? quantity(mined[0].difficulty) : "-";
    const difficulties = mined.map((b) => quantity(b.difficulty)).reverse();
    rows.push([ap.name, value, `${difficulty} (${mined.length} of last ${recentBlocks.length} blocks)`,
      sparkline(history.has(ap.name) ? history.get(ap.name) : difficulties)]);
  }
  fillRows("reputation", rows);
  if (missing) {
    explain("reputation", missing);
  } else {
    status("reputation", `${METHODS.reputation} at latest from ${best.node.name}; difficulty of each AP's latest block`);
  }
}

async function refreshTwins() {
  try {
    const rows = [];
    for (const gateway of gateways()) {
      const page = await rpc(gateway, METHODS.twins, [{ page: { size: 100 } }]);
      for (const twin of page.items || []) {
        const condition = twin.features?.condition?.properties;
        const telemetry = twin.features?.telemetry?.properties || {};
        rows.push([
          cell(twin.thingId, "mono"), gateway.name,
          condition ? `${condition.class ?? condition.condition ?? "?"}${condition.confidence !== undefined ? " (" + Number(condition.confidence).toFixed(2) + ")" : ""}`
            : telemetry.kurtosis !== undefined ? `no inference yet (kurtosis ${telemetry.kurtosis})` : "-",
          twin._revision ?? "-", twin._modified ?? "-",
        ]);
      }
    }
    fillRows("twins", rows);
    status("twins", `${rows.length} twins (${METHODS.twins} on every gateway)`);
  } catch (e) {
    explain("twins", e);
  }
}

async function refreshDecisions(best) {
  if (!best) return;
  try {
    const state = await rpc(best.node, METHODS.controller, []);
    const rows = [];
    const last = state.lastDecision ? quantity(state.lastDecision.slot) : null;
    for (let slot = last; slot !== null && slot >= 0 && rows.length < 5; slot--) {
      try {
        const d = await rpc(best.node, METHODS.decision, ["0x" + slot.toString(16)]);
        rows.push([slot, d.policy ?? "-", cell((d.cuts || []).map((c) => `${c.twin}@${c.cut}`).join(" "), "mono")]);
      } catch (e) {
        break;
      }
    }
    fillRows("controller", rows);
    status("controller", `slot ${quantity(state.currentSlot)}, ${state.status ?? ""} (${METHODS.controller}, ${METHODS.decision} from ${best.node.name})`);
  } catch (e) {
    explain("controller", e);
  }
}

async function refresh() {
  const best = await refreshNodes();
  await Promise.all([refreshBlocks(best), refreshReputation(best), refreshTwins(), refreshDecisions(best)]);
  document.getElementById("updated").textContent = `updated ${new Date().toLocaleTimeString()}`;
}

async function main() {
  config = await (await fetch("config.json")).json();
  await refresh();
  setInterval(refresh, REFRESH_MS);
}

main().catch((e) => {
  document.getElementById("updated").textContent = `explorer failed: ${e.message}`;
});
