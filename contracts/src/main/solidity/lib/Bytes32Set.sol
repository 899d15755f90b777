// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title An enumerable set of bytes32 keys (addresses are stored left-padded).
/// @dev Storage shape is part of the genesis format (docs/contracts.md): a Set at slot p keeps
///      `items.length` at p, item i at keccak256(p) + i, and `position[key]` (1-based index into
///      items, 0 = absent) at keccak256(key . (p + 1)).
library Bytes32Set {
    struct Set {
        bytes32[] items;
        mapping(bytes32 => uint256) position;
    }

    /// @return true when the key was absent and is now present.
    function add(Set storage set, bytes32 entry) internal returns (bool) {
        if (set.position[entry] != 0) {
            return false;
        }
        set.items.push(entry);
        set.position[entry] = set.items.length;
        return true;
    }

    /// @return true when the key was present and is now absent.
    function remove(Set storage set, bytes32 entry) internal returns (bool) {
        uint256 position = set.position[entry];
        if (position == 0) {
            return false;
        }
        uint256 last = set.items.length;
        if (position != last) {
            bytes32 moved = set.items[last - 1];
            set.items[position - 1] = moved;
            set.position[moved] = position;
        }
        set.items.pop();
        delete set.position[entry];
        return true;
    }

    function contains(Set storage set, bytes32 entry) internal view returns (bool) {
        return set.position[entry] != 0;
    }

    function size(Set storage set) internal view returns (uint256) {
        return set.items.length;
    }

    function values(Set storage set) internal view returns (bytes32[] memory) {
        return set.items;
    }

    function addressValues(Set storage set) internal view returns (address[] memory result) {
        bytes32[] storage items = set.items;
        result = new address[](items.length);
        for (uint256 i = 0; i < items.length; i++) {
            result[i] = address(uint160(uint256(items[i])));
        }
    }

    function key(address account) internal pure returns (bytes32) {
        return bytes32(uint256(uint160(account)));
    }
}
