/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.storage;

import io.twinchain.chain.testsupport.InMemoryKeyValueStore;

class InMemoryKeyValueStoreTest extends KeyValueStoreContract {

  @Override
  KeyValueStore store() {
    return new InMemoryKeyValueStore();
  }
}
