// SPDX-License-Identifier: Apache-2.0
// Drives eth_subscribe/eth_unsubscribe (logs with an address/topic filter, and newHeads) through the
// ethers v6 WebSocketProvider, over a `ws` socket whose raw traffic is recorded as well, so that what
// the node sends is checked independently of ethers' own bookkeeping (ethers drops notifications of
// ids it no longer knows). Prints one JSON object with what it saw.
// Usage: node ethers-subscriptions.js <http-url> <ws-url> <private-key> <init-code> <topic>
"use strict";
const { JsonRpcProvider, WebSocketProvider, Wallet, toBeHex, zeroPadValue } = require("ethers");
const { WebSocket } = require("ws");

const OTHER_TOPIC = "0x" + "bb".repeat(32);

/** The raw JSON-RPC traffic of one socket: requests sent, and responses and notifications received. */
function recorded(socket) {
  const traffic = { sent: [], received: [] };
  const send = socket.send.bind(socket);
  socket.send = (text) => {
    traffic.sent.push(JSON.parse(text));
    send(text);
  };
  socket.addEventListener("message", (event) => traffic.received.push(JSON.parse(event.data)));
  return traffic;
}

async function until(what, condition, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error("timed out waiting for " + what);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The result of the last request of `method` (whose first param is `first`, if given). */
function answered(traffic, method, first) {
  const requests = traffic.sent.filter(
    (r) => r.method === method && (first === undefined || r.params[0] === first),
  );
  if (requests.length === 0) {
    return undefined;
  }
  const id = requests[requests.length - 1].id;
  const response = traffic.received.find((m) => m.id === id);
  return response === undefined ? undefined : response;
}

/** Whether an eth_subscribe logs filter as ethers sent it is `{address, topics}`. */
function sameFilter(sent, { address, topics }) {
  const one = (value) => (Array.isArray(value) && value.length === 1 ? value[0] : value);
  const lower = (value) => JSON.stringify(value).toLowerCase();
  return (
    lower(one(sent.address)) === lower(address) &&
    lower((sent.topics || []).map(one)) === lower(topics)
  );
}

function notifications(traffic, subscription) {
  return traffic.received.filter(
    (m) => m.method === "eth_subscription" && m.params.subscription === subscription,
  );
}

async function main() {
  const [httpUrl, wsUrl, key, initCode, topic] = process.argv.slice(2);
  const http = new JsonRpcProvider(httpUrl, undefined, { pollingInterval: 100, cacheTimeout: -1 });
  const wallet = new Wallet(key, http);
  const store = async (to, value) =>
    (await wallet.sendTransaction({ to, data: zeroPadValue(toBeHex(value), 32) })).wait();

  const a = (await (await wallet.sendTransaction({ data: initCode })).wait()).contractAddress;
  const b = (await (await wallet.sendTransaction({ data: initCode })).wait()).contractAddress;

  const socket = new WebSocket(wsUrl);
  const traffic = recorded(socket);
  const ws = new WebSocketProvider(socket);
  const matching = { address: a, topics: [topic] };
  const control = { address: a };
  const otherTopic = { address: a, topics: [OTHER_TOPIC] };
  const seen = { matching: [], control: [], otherTopic: [], heads: [] };
  const onMatching = (log) => seen.matching.push(log);
  const onHead = (number) => seen.heads.push(number);
  await ws.on(matching, onMatching);
  await ws.on(control, (log) => seen.control.push(log));
  await ws.on(otherTopic, (log) => seen.otherTopic.push(log));
  await ws.on("block", onHead);
  const ids = await until("four subscription ids", () => {
    const subscribed = traffic.sent.filter((r) => r.method === "eth_subscribe");
    const results = subscribed.map((r) => traffic.received.find((m) => m.id === r.id));
    if (subscribed.length < 4 || results.some((m) => m === undefined)) {
      return undefined;
    }
    const id = (kind, address, topics) => {
      const index = subscribed.findIndex(
        (r) =>
          r.params[0] === kind &&
          (kind === "newHeads" || sameFilter(r.params[1], { address, topics })),
      );
      if (index < 0) {
        throw new Error("no eth_subscribe for " + kind + " in " + JSON.stringify(subscribed));
      }
      return results[index].result;
    };
    return {
      matching: id("logs", a, [topic]),
      control: id("logs", a, []),
      otherTopic: id("logs", a, [OTHER_TOPIC]),
      heads: id("newHeads"),
    };
  });

  // B's log has the topic but not the address; A's matches. Both are mined before A's arrives.
  const toB = await store(b, 8);
  const toA = await store(a, 7);
  await until("A's log", () => (seen.matching.length > 0 ? true : undefined));
  await until("heads up to A's block", () =>
    seen.heads.includes(toA.blockNumber) ? true : undefined,
  );

  await ws.off(matching, onMatching);
  await ws.off("block", onHead);
  const unsubscribedLogs = await until("eth_unsubscribe(logs)", () =>
    answered(traffic, "eth_unsubscribe", ids.matching),
  );
  const unsubscribedHeads = await until("eth_unsubscribe(newHeads)", () =>
    answered(traffic, "eth_unsubscribe", ids.heads),
  );
  const logsBefore = notifications(traffic, ids.matching).length;
  const headsBefore = notifications(traffic, ids.heads).length;

  // The control subscription still sees A's logs; once it has the second one, the node has
  // published the first one's block to every subscription it still holds.
  const after = [await store(a, 9), await store(a, 10)];
  await until("control logs after unsubscribing", () =>
    seen.control.length >= 3 ? true : undefined,
  );

  console.log(
    JSON.stringify({
      contractA: a,
      contractB: b,
      subscriptionIds: ids,
      logsOfB: toB.logs.length,
      blockOfA: toA.blockNumber,
      matching: seen.matching.map((log) => ({ address: log.address, data: log.data })),
      rawMatching: notifications(traffic, ids.matching).map((m) => m.params.result.data),
      otherTopic: seen.otherTopic.length + notifications(traffic, ids.otherTopic).length,
      control: seen.control.map((log) => log.data),
      heads: seen.heads,
      unsubscribedLogs,
      unsubscribedHeads,
      logsAfterUnsubscribe: notifications(traffic, ids.matching).length - logsBefore,
      headsAfterUnsubscribe: notifications(traffic, ids.heads).length - headsBefore,
      blocksAfterUnsubscribe: after.map((receipt) => receipt.blockNumber),
    }),
  );
  await ws.destroy();
  http.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
