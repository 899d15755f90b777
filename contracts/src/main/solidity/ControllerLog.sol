// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AdminGuarded} from "./lib/AdminGuarded.sol";
import {IPermissions} from "./lib/IPermissions.sol";

/// @title ControllerLog: the DPRA controller's per-slot decisions, kept for audit.
/// @notice Shares and queues are fixed point scaled by 1e18: f^I_k/f^max_k, f^B_k/f^max_k and
///         the virtual queue Z_k of spec §5.1. Partition points l_n(t) follow the order of the
///         controller's twin list; AP arrays share one order given by `aps`.
/// @dev Storage layout (storage-layout JSON beside the ABI) is part of the genesis format.
contract ControllerLog is AdminGuarded {
    struct Decision {
        address controller;
        uint64 blockNumber;
        bytes32 decisionHash;
        uint16[] partitionPoints;
        address[] aps;
        uint64[] inferenceShares;
        uint64[] miningShares;
        uint128[] queues;
    }

    /// @notice Accounts allowed to record decisions.
    mapping(address => bool) public isController;
    mapping(uint64 => Decision) private decisions;
    /// @notice Number of slots with a recorded decision.
    uint64 public decisionCount;

    event ControllerChanged(address indexed controller, bool allowed, address indexed by);
    event DecisionRecorded(uint64 indexed slot, address indexed controller, bytes32 decisionHash);

    /// @notice The caller may not record decisions.
    error NotController(address caller);
    /// @notice A decision for this slot is already recorded.
    error DecisionExists(uint64 slot);
    /// @notice The per-AP arrays differ in length from `aps`.
    error LengthMismatch(uint256 aps, uint256 other);

    constructor(IPermissions permissions_, address[] memory controllers) AdminGuarded(permissions_) {
        for (uint256 i = 0; i < controllers.length; i++) {
            isController[controllers[i]] = true;
        }
    }

    function setController(address controller, bool allowed) external onlyAdmin {
        isController[controller] = allowed;
        emit ControllerChanged(controller, allowed, msg.sender);
    }

    function record(
        uint64 slot,
        uint16[] calldata partitionPoints,
        address[] calldata aps,
        uint64[] calldata inferenceShares,
        uint64[] calldata miningShares,
        uint128[] calldata queues
    ) external returns (bytes32 decisionHash) {
        if (!isController[msg.sender]) {
            revert NotController(msg.sender);
        }
        _checkLength(aps.length, inferenceShares.length);
        _checkLength(aps.length, miningShares.length);
        _checkLength(aps.length, queues.length);
        Decision storage d = decisions[slot];
        if (d.controller != address(0)) {
            revert DecisionExists(slot);
        }
        decisionHash =
            keccak256(abi.encode(slot, partitionPoints, aps, inferenceShares, miningShares, queues));
        d.controller = msg.sender;
        d.blockNumber = uint64(block.number);
        d.decisionHash = decisionHash;
        d.partitionPoints = partitionPoints;
        d.aps = aps;
        d.inferenceShares = inferenceShares;
        d.miningShares = miningShares;
        d.queues = queues;
        decisionCount += 1;
        emit DecisionRecorded(slot, msg.sender, decisionHash);
    }

    /// @notice Who recorded the slot's decision, in which block, and its hash (zero if none).
    function decisionHeader(uint64 slot)
        external
        view
        returns (address controller, uint64 blockNumber, bytes32 decisionHash)
    {
        Decision storage d = decisions[slot];
        return (d.controller, d.blockNumber, d.decisionHash);
    }

    /// @notice The slot's full decision (empty arrays if none).
    function decisionAt(uint64 slot)
        external
        view
        returns (
            uint16[] memory partitionPoints,
            address[] memory aps,
            uint64[] memory inferenceShares,
            uint64[] memory miningShares,
            uint128[] memory queues
        )
    {
        Decision storage d = decisions[slot];
        return (d.partitionPoints, d.aps, d.inferenceShares, d.miningShares, d.queues);
    }

    function _checkLength(uint256 aps, uint256 other) private pure {
        if (aps != other) {
            revert LengthMismatch(aps, other);
        }
    }
}
