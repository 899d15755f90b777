// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IPermissions} from "./IPermissions.sol";

/// @title Base of the system contracts whose configuration only a Permissions admin may change.
/// @dev Holds the Permissions address in storage slot 0 of every contract that inherits it.
abstract contract AdminGuarded {
    /// @notice The Permissions contract whose admin set guards configuration changes.
    IPermissions public permissions;

    /// @notice The caller is not in the Permissions admin set.
    error NotAdmin(address caller);

    constructor(IPermissions permissions_) {
        permissions = permissions_;
    }

    modifier onlyAdmin() {
        if (!permissions.isAdmin(msg.sender)) {
            revert NotAdmin(msg.sender);
        }
        _;
    }
}
