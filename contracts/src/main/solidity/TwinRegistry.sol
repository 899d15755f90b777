// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AdminGuarded} from "./lib/AdminGuarded.sol";
import {Bytes32Set} from "./lib/Bytes32Set.sol";
import {IPermissions} from "./lib/IPermissions.sol";

/// @title TwinRegistry: which gateway hosts which device's twin, and per-slot twin anchors.
/// @notice A gateway anchors, once per slot, the Merkle root over the twins it updated in that
///         slot, with their count and the highest twin revision included.
/// @dev Storage layout (storage-layout JSON beside the ABI) is part of the genesis format and
///      of anchor proofs (docs/contracts.md).
contract TwinRegistry is AdminGuarded {
    using Bytes32Set for Bytes32Set.Set;

    /// @notice One gateway's anchor for one slot.
    struct Anchor {
        bytes32 root;
        uint64 count;
        uint64 lastRevision;
        uint64 blockNumber;
    }

    Bytes32Set.Set private gatewaySet;
    /// @notice Device id → the gateway hosting its twin (zero when unregistered).
    mapping(bytes32 => address) public gatewayOf;
    mapping(address => mapping(uint64 => Anchor)) private anchors;
    /// @notice Number of anchors a gateway has written.
    mapping(address => uint64) public anchorCount;

    event GatewayRegistered(address indexed gateway, address indexed by);
    event GatewayRemoved(address indexed gateway, address indexed by);
    event DeviceRegistered(bytes32 indexed deviceId, address indexed gateway, address indexed by);
    event TwinsAnchored(
        address indexed gateway, uint64 indexed slot, bytes32 root, uint64 count, uint64 lastRevision
    );

    /// @notice The address is not a registered gateway.
    error NotGateway(address account);
    /// @notice The gateway is already registered.
    error GatewayExists(address gateway);
    /// @notice Only an admin may move a device that another gateway hosts.
    error DeviceTaken(bytes32 deviceId, address gateway);
    /// @notice This gateway already anchored this slot.
    error AnchorExists(address gateway, uint64 slot);
    /// @notice An anchor needs a non-zero root and at least one twin.
    error EmptyAnchor(address gateway, uint64 slot);

    constructor(IPermissions permissions_, address[] memory gateways_) AdminGuarded(permissions_) {
        for (uint256 i = 0; i < gateways_.length; i++) {
            gatewaySet.add(Bytes32Set.key(gateways_[i]));
        }
    }

    function registerGateway(address gateway) external onlyAdmin {
        if (!gatewaySet.add(Bytes32Set.key(gateway))) {
            revert GatewayExists(gateway);
        }
        emit GatewayRegistered(gateway, msg.sender);
    }

    function removeGateway(address gateway) external onlyAdmin {
        if (!gatewaySet.remove(Bytes32Set.key(gateway))) {
            revert NotGateway(gateway);
        }
        emit GatewayRemoved(gateway, msg.sender);
    }

    /// @notice Binds a device's twin to a gateway. A gateway may claim unbound devices for
    ///         itself; an admin may bind any device to any registered gateway.
    function registerDevice(bytes32 deviceId, address gateway) external {
        if (!gatewaySet.contains(Bytes32Set.key(gateway))) {
            revert NotGateway(gateway);
        }
        address current = gatewayOf[deviceId];
        bool selfClaim = msg.sender == gateway && (current == address(0) || current == gateway);
        if (!selfClaim && !permissions.isAdmin(msg.sender)) {
            revert DeviceTaken(deviceId, current);
        }
        gatewayOf[deviceId] = gateway;
        emit DeviceRegistered(deviceId, gateway, msg.sender);
    }

    /// @notice Anchors the twins the calling gateway updated in `slot`.
    function anchor(uint64 slot, bytes32 root, uint64 count, uint64 lastRevision) external {
        if (!gatewaySet.contains(Bytes32Set.key(msg.sender))) {
            revert NotGateway(msg.sender);
        }
        if (root == bytes32(0) || count == 0) {
            revert EmptyAnchor(msg.sender, slot);
        }
        Anchor storage existing = anchors[msg.sender][slot];
        if (existing.root != bytes32(0)) {
            revert AnchorExists(msg.sender, slot);
        }
        anchors[msg.sender][slot] = Anchor(root, count, lastRevision, uint64(block.number));
        anchorCount[msg.sender] += 1;
        emit TwinsAnchored(msg.sender, slot, root, count, lastRevision);
    }

    /// @notice The gateway's anchor for the slot; all zero when absent.
    function anchorOf(address gateway, uint64 slot)
        external
        view
        returns (bytes32 root, uint64 count, uint64 lastRevision, uint64 blockNumber)
    {
        Anchor storage a = anchors[gateway][slot];
        return (a.root, a.count, a.lastRevision, a.blockNumber);
    }

    function isGateway(address account) external view returns (bool) {
        return gatewaySet.contains(Bytes32Set.key(account));
    }

    function gateways() external view returns (address[] memory) {
        return gatewaySet.addressValues();
    }
}
