#!/usr/bin/env node
// Compiles the Solidity sources with the pinned npm solc (standard-JSON, evmVersion shanghai,
// optimizer on) and writes, per contract, <Name>.abi, <Name>.bin (creation code),
// <Name>.bin-runtime (deployed code) and <Name>.storage.json (storage layout) next to the Java
// resources. With --check it writes nothing and exits 1 if a committed file differs from a fresh
// compile, so CI can prove the committed bytecode is what the sources produce.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import solc from "solc";

const SOLC_VERSION = "0.8.37";
const moduleDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const RESOURCE_PACKAGE = join("io", "twinchain", "contracts", "solidity");
const SOURCE_SETS = [
  { sources: "src/main/solidity", output: join("src/main/resources", RESOURCE_PACKAGE) },
  { sources: "src/test/solidity", output: join("src/test/resources", RESOURCE_PACKAGE) },
];

function solidityFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return solidityFiles(path);
      return name.endsWith(".sol") ? [path] : [];
    });
}

function compile(sourceDir) {
  const root = join(moduleDir, sourceDir);
  const sources = {};
  for (const file of solidityFiles(root)) {
    sources[relative(root, file).split(sep).join("/")] = { content: readFileSync(file, "utf8") };
  }
  const input = {
    language: "Solidity",
    sources,
    settings: {
      evmVersion: "shanghai",
      optimizer: { enabled: true, runs: 200 },
      metadata: { bytecodeHash: "none" },
      outputSelection: {
        "*": { "*": ["abi", "evm.bytecode.object", "evm.deployedBytecode.object", "storageLayout"] },
      },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (output.errors || []).filter((e) => e.severity === "error");
  for (const e of output.errors || []) console.error(e.formattedMessage);
  if (errors.length > 0) process.exit(2);
  return { root, output };
}

// Only contracts defined in a top-level file (not lib/) with creation code become artifacts.
function artifacts({ output }) {
  const files = {};
  for (const [source, contracts] of Object.entries(output.contracts)) {
    if (source.includes("/")) continue;
    for (const [name, c] of Object.entries(contracts)) {
      if (c.evm.bytecode.object.length === 0) continue;
      const layout = {
        storage: c.storageLayout.storage.map(({ label, slot, offset, type }) => ({ label, slot, offset, type })),
        types: c.storageLayout.types,
      };
      files[`${name}.abi`] = JSON.stringify(c.abi, null, 2) + "\n";
      // No trailing newline: web3j's codegen copies .bin verbatim into the wrapper's BINARY.
      files[`${name}.bin`] = c.evm.bytecode.object;
      files[`${name}.bin-runtime`] = c.evm.deployedBytecode.object;
      files[`${name}.storage.json`] = JSON.stringify(layout, null, 2) + "\n";
    }
  }
  return files;
}

function main() {
  const check = process.argv.includes("--check");
  if (!solc.version().startsWith(SOLC_VERSION + "+")) {
    console.error(`solc ${SOLC_VERSION} expected, found ${solc.version()}; run npm ci in contracts/`);
    process.exit(2);
  }
  let stale = 0;
  for (const set of SOURCE_SETS) {
    if (!existsSync(join(moduleDir, set.sources))) continue;
    const outDir = join(moduleDir, set.output);
    for (const [name, content] of Object.entries(artifacts(compile(set.sources)))) {
      const path = join(outDir, name);
      const committed = existsSync(path) ? readFileSync(path, "utf8") : null;
      if (check) {
        if (committed !== content) {
          console.error(`stale: ${relative(moduleDir, path)} differs from a fresh compile`);
          stale++;
        }
      } else if (committed !== content) {
        mkdirSync(outDir, { recursive: true });
        writeFileSync(path, content);
        console.log(`wrote ${relative(moduleDir, path)}`);
      }
    }
  }
  if (check && stale > 0) {
    console.error(`${stale} artifact(s) stale: run "npm run compile" in contracts/ and commit`);
    process.exit(1);
  }
  console.log(check ? `artifacts match solc ${solc.version()}` : `compiled with solc ${solc.version()}`);
}

main();
