// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Bytes32Set} from "./lib/Bytes32Set.sol";
import {IPermissions} from "./lib/IPermissions.sol";

/// @title Permissions: on-chain node and account allowlists managed by an admin set.
/// @notice The on-chain complement of a node's local allowlist file. Node ids are
///         keccak256 of the node's 64-byte uncompressed secp256k1 public key (the enode id).
/// @dev Storage layout (storage-layout JSON beside the ABI) is part of the genesis format.
contract Permissions is IPermissions {
    using Bytes32Set for Bytes32Set.Set;

    Bytes32Set.Set private adminSet;
    Bytes32Set.Set private accountSet;
    Bytes32Set.Set private nodeSet;

    event AdminAdded(address indexed admin, address indexed by);
    event AdminRemoved(address indexed admin, address indexed by);
    event AccountAdded(address indexed account, address indexed by);
    event AccountRemoved(address indexed account, address indexed by);
    event NodeAdded(bytes32 indexed nodeId, address indexed by);
    event NodeRemoved(bytes32 indexed nodeId, address indexed by);

    /// @notice The caller is not in the admin set.
    error NotAdmin(address caller);
    /// @notice Removing this admin would leave the network without one.
    error LastAdmin(address admin);
    /// @notice The entry is already on the list.
    error AlreadyListed(bytes32 entry);
    /// @notice The entry is not on the list.
    error NotListed(bytes32 entry);

    /// @param initialAdmins initial admin set; at least one
    /// @param initialAccounts initial account allowlist (admins are added to it too)
    constructor(address[] memory initialAdmins, address[] memory initialAccounts) {
        if (initialAdmins.length == 0) {
            revert LastAdmin(address(0));
        }
        for (uint256 i = 0; i < initialAdmins.length; i++) {
            adminSet.add(Bytes32Set.key(initialAdmins[i]));
            accountSet.add(Bytes32Set.key(initialAdmins[i]));
        }
        for (uint256 i = 0; i < initialAccounts.length; i++) {
            accountSet.add(Bytes32Set.key(initialAccounts[i]));
        }
    }

    modifier onlyAdmin() {
        if (!adminSet.contains(Bytes32Set.key(msg.sender))) {
            revert NotAdmin(msg.sender);
        }
        _;
    }

    function addAdmin(address admin) external onlyAdmin {
        _add(adminSet, Bytes32Set.key(admin));
        emit AdminAdded(admin, msg.sender);
    }

    function removeAdmin(address admin) external onlyAdmin {
        if (adminSet.size() == 1 && adminSet.contains(Bytes32Set.key(admin))) {
            revert LastAdmin(admin);
        }
        _remove(adminSet, Bytes32Set.key(admin));
        emit AdminRemoved(admin, msg.sender);
    }

    function addAccount(address account) external onlyAdmin {
        _add(accountSet, Bytes32Set.key(account));
        emit AccountAdded(account, msg.sender);
    }

    function removeAccount(address account) external onlyAdmin {
        _remove(accountSet, Bytes32Set.key(account));
        emit AccountRemoved(account, msg.sender);
    }

    function addNode(bytes32 nodeId) external onlyAdmin {
        _add(nodeSet, nodeId);
        emit NodeAdded(nodeId, msg.sender);
    }

    function removeNode(bytes32 nodeId) external onlyAdmin {
        _remove(nodeSet, nodeId);
        emit NodeRemoved(nodeId, msg.sender);
    }

    function isAdmin(address account) external view override returns (bool) {
        return adminSet.contains(Bytes32Set.key(account));
    }

    function accountPermitted(address account) external view returns (bool) {
        return accountSet.contains(Bytes32Set.key(account));
    }

    function nodePermitted(bytes32 nodeId) external view returns (bool) {
        return nodeSet.contains(nodeId);
    }

    function admins() external view returns (address[] memory) {
        return adminSet.addressValues();
    }

    function accounts() external view returns (address[] memory) {
        return accountSet.addressValues();
    }

    function nodes() external view returns (bytes32[] memory) {
        return nodeSet.values();
    }

    function _add(Bytes32Set.Set storage set, bytes32 entry) private {
        if (!set.add(entry)) {
            revert AlreadyListed(entry);
        }
    }

    function _remove(Bytes32Set.Set storage set, bytes32 entry) private {
        if (!set.remove(entry)) {
            revert NotListed(entry);
        }
    }
}
