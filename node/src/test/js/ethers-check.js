// SPDX-License-Identifier: Apache-2.0
// Drives a twinchain node with the ethers v6 client and prints one JSON object with what it saw.
// Usage: node ethers-check.js <http-url> <ws-url> <private-key> <init-code>
"use strict";
const { JsonRpcProvider, WebSocketProvider, Wallet, toBeHex, zeroPadValue } = require("ethers");

async function main() {
  const [httpUrl, wsUrl, key, initCode] = process.argv.slice(2);
  // cacheTimeout -1: ethers otherwise reuses a 250 ms old pending nonce, and blocks here come faster
  const http = new JsonRpcProvider(httpUrl, undefined, {
    pollingInterval: 100,
    batchMaxCount: 4,
    cacheTimeout: -1,
  });
  const ws = new WebSocketProvider(wsUrl);
  const wallet = new Wallet(key, http);
  const out = {};
  out.chainId = (await http.getNetwork()).chainId.toString();
  out.blockNumber = await http.getBlockNumber();
  out.balance = (await http.getBalance(wallet.address)).toString();

  const heads = [];
  const headSeen = new Promise((resolve) => {
    ws.on("block", (number) => {
      heads.push(number);
      resolve();
    });
  });

  const receiver = Wallet.createRandom().address;
  const transfer = await wallet.sendTransaction({ to: receiver, value: 12345n });
  const transferReceipt = await transfer.wait();
  out.transferStatus = transferReceipt.status;
  out.transferBlock = transferReceipt.blockNumber;
  out.receiverBalance = (await http.getBalance(receiver)).toString();

  const deployment = await wallet.sendTransaction({ data: initCode });
  const deployed = await deployment.wait();
  const word = zeroPadValue(toBeHex(99), 32);
  out.contract = deployed.contractAddress;
  out.callResult = await http.call({ to: deployed.contractAddress, data: word });

  await Promise.race([
    headSeen,
    new Promise((_, reject) => setTimeout(() => reject(new Error("no newHeads in 15 s")), 15000)),
  ]);
  out.newHead = heads[0];
  out.finalBlockNumber = await http.getBlockNumber();
  console.log(JSON.stringify(out));
  await ws.destroy();
  http.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
