// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title What the other system contracts ask the Permissions contract.
interface IPermissions {
    function isAdmin(address account) external view returns (bool);
}
