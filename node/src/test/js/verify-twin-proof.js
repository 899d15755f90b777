// SPDX-License-Identifier: Apache-2.0
// An independent check of a twin's anchoring proof: it shares no code with the node (ethers only).
// It asks the node for the proof and the twin at that revision, recomputes the state hash and the
// leaf from the twin's JSON, folds the Merkle path, reads TwinRegistry.anchorOf(gateway, slot)
// with eth_call at the anchoring block, and checks that the block is on the canonical chain and
// holds the anchor transaction. Prints one JSON object; exits 0 when every check holds, 1 when one
// fails, 2 on an error.
// Usage: node verify-twin-proof.js <rpc-url> <registry-address> <thingId> <revision> [--tamper]
// --tamper changes one reported value of the twin before verifying (the result must be invalid).
// The twin's numbers are re-serialised as JavaScript writes them, which matches the node for the
// integers and non-integral decimals the test publishes (a double such as 21.0 would not match).
"use strict";
const { JsonRpcProvider, Interface, keccak256, toUtf8Bytes, concat, zeroPadValue, toBeHex, toQuantity } =
  require("ethers");

const REGISTRY = new Interface([
  "function anchorOf(address gateway, uint64 slot) view returns " +
    "(bytes32 root, uint64 count, uint64 lastRevision, uint64 blockNumber)",
]);

/** JSON with object members sorted by name and no whitespace (the anchored canonical form). */
function canonical(value) {
  if (Array.isArray(value)) {
    return "[" + value.map(canonical).join(",") + "]";
  }
  if (value !== null && typeof value === "object") {
    const members = Object.keys(value)
      .sort()
      .map((key) => JSON.stringify(key) + ":" + canonical(value[key]));
    return "{" + members.join(",") + "}";
  }
  return JSON.stringify(value);
}

function leafOf(thingId, revision, stateHash) {
  return keccak256(
    concat(["0x00", keccak256(toUtf8Bytes(thingId)), zeroPadValue(toBeHex(revision), 8), stateHash])
  );
}

function fold(leaf, steps) {
  return steps.reduce(
    (node, step) =>
      step.side === "LEFT"
        ? keccak256(concat(["0x01", step.sibling, node]))
        : keccak256(concat(["0x01", node, step.sibling])),
    leaf
  );
}

/** Adds one to the first number among the twin's reported feature properties. */
function tamper(state) {
  for (const feature of Object.values(state.features || {})) {
    for (const [key, value] of Object.entries(feature.properties || {})) {
      if (typeof value === "number") {
        feature.properties[key] = value + 1;
        return state;
      }
    }
  }
  throw new Error("no reported number to tamper with");
}

async function main() {
  const [url, registry, thingId, revisionText, flag] = process.argv.slice(2);
  const revision = Number(revisionText);
  const rpc = new JsonRpcProvider(url, undefined, { staticNetwork: true, batchMaxCount: 1 });
  const proof = await rpc.send("twin_getProof", [thingId, revision]);
  const served = await rpc.send("twin_get", [thingId, { atRevision: revision }]);
  const state = flag === "--tamper" ? tamper(served) : served;

  const stateHash = keccak256(toUtf8Bytes(canonical(state)));
  const leaf = leafOf(thingId, revision, stateHash);
  const root = fold(leaf, proof.proof);
  const blockNumber = BigInt(proof.blockNumber);
  const [anchoredRoot, count, , anchoredIn] = REGISTRY.decodeFunctionResult(
    "anchorOf",
    await rpc.call({
      to: registry,
      data: REGISTRY.encodeFunctionData("anchorOf", [proof.gateway, proof.slot]),
      blockTag: toQuantity(blockNumber),
    })
  );
  const block = await rpc.send("eth_getBlockByNumber", [toQuantity(blockNumber), false]);
  const receipt = await rpc.send("eth_getTransactionReceipt", [proof.transactionHash]);

  const checks = {
    stateIsTheRequestedRevision: state.thingId === thingId && state._revision === revision,
    rootMatchesTheContract: root === anchoredRoot,
    contractRecordsTheBlock: anchoredIn === blockNumber && count > 0n,
    blockIsCanonical: block !== null && block.hash === proof.blockHash,
    blockHoldsTheAnchor:
      receipt !== null && receipt.blockHash === proof.blockHash && receipt.status === "0x1",
  };
  const valid = Object.values(checks).every((ok) => ok);
  console.log(
    JSON.stringify({ valid, checks, stateHash, leaf, root, anchoredRoot, block: proof.blockNumber })
  );
  process.exit(valid ? 0 : 1);
}

main().catch((error) => {
  console.log(JSON.stringify({ valid: false, error: String(error && error.stack) }));
  process.exit(2);
});
