// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AdminGuarded} from "./lib/AdminGuarded.sol";
import {IPermissions} from "./lib/IPermissions.sol";

/// @title ReputationRegistry: each AP's reputation R_k, updated from verified work receipts.
/// @notice Spec bdt-model.md §3.2: R_k(t+1) = (1 − η)·R_k(t) + η·c_k(t), in fixed point with
///         ONE = 1e18 and floor rounding on every slot step (assumption A-REP-FIXEDPOINT):
///         R(t+1) = ((ONE − η)·R(t) + η·c(t)) / ONE.
///         Per slot (assumption A-REP-SLOT-AGGREGATION): c_k(t) = min(ONE, Σ shares of the AP's
///         receipts for slot t); a slot without receipts between or after recorded slots has
///         c = 0; before its first receipt an AP holds R_init.
/// @dev Storage layout (storage-layout JSON beside the ABI) is part of the genesis format.
contract ReputationRegistry is AdminGuarded {
    /// @notice Fixed-point one: reputations, shares and η are scaled by 1e18.
    uint64 public constant ONE = 1e18;

    /// @notice The AP's state at one slot in which it had receipts.
    struct Checkpoint {
        uint64 slot;
        uint64 before; // R_k(slot)
        uint64 next; // R_k(slot + 1)
        uint64 contribution; // c_k(slot), capped at ONE
    }

    /// @notice Smallest η accepted: it bounds the decay loop over empty slots (about
    ///         ln(1e18)/η + 1/η steps, some 4,300 at the minimum).
    uint64 public constant MIN_ETA = 1e16;

    /// @notice The only account allowed to record contributions (the WorkReceipts contract).
    address public writer;
    /// @notice η, the EWMA weight of the newest slot, scaled by ONE.
    uint64 public eta;
    /// @notice R_init, the reputation of an AP before its first receipt, scaled by ONE.
    uint64 public initialReputation;
    mapping(address => Checkpoint[]) private history;
    address[] private apList;

    event ReputationUpdated(
        address indexed ap, uint64 indexed slot, uint64 before, uint64 next, uint64 contribution
    );
    event WriterChanged(address indexed writer, address indexed by);

    /// @notice Only the writer (WorkReceipts) may record contributions.
    error NotWriter(address caller);
    /// @notice Contributions arrive in slot order per AP; this slot is already closed.
    error StaleSlot(address ap, uint64 slot, uint64 latestSlot);
    /// @notice A fixed-point parameter lies outside its range.
    error OutOfRange(uint256 value);

    constructor(IPermissions permissions_, address writer_, uint64 eta_, uint64 initialReputation_)
        AdminGuarded(permissions_)
    {
        if (eta_ < MIN_ETA || eta_ > ONE) {
            revert OutOfRange(eta_);
        }
        if (initialReputation_ > ONE) {
            revert OutOfRange(initialReputation_);
        }
        writer = writer_;
        eta = eta_;
        initialReputation = initialReputation_;
    }

    function setWriter(address writer_) external onlyAdmin {
        writer = writer_;
        emit WriterChanged(writer_, msg.sender);
    }

    /// @notice Adds `share` (scaled by ONE) to the AP's contribution in `slot`.
    /// @return next the AP's reputation R_k(slot + 1) after this receipt
    function record(address ap, uint64 slot, uint64 share) external returns (uint64 next) {
        if (msg.sender != writer) {
            revert NotWriter(msg.sender);
        }
        if (share > ONE) {
            revert OutOfRange(share);
        }
        Checkpoint[] storage h = history[ap];
        uint256 n = h.length;
        if (n == 0) {
            apList.push(ap);
        } else {
            Checkpoint storage last = h[n - 1];
            if (slot < last.slot) {
                revert StaleSlot(ap, slot, last.slot);
            }
            if (slot == last.slot) {
                return _accumulate(ap, last, share);
            }
        }
        uint64 before = n == 0 ? initialReputation : _decay(h[n - 1].next, slot - h[n - 1].slot - 1);
        next = _step(before, share);
        h.push(Checkpoint(slot, before, next, share));
        emit ReputationUpdated(ap, slot, before, next, share);
    }

    /// @return the AP's reputation after its latest slot with receipts (R_init when none)
    function reputationOf(address ap) external view returns (uint64) {
        Checkpoint[] storage h = history[ap];
        return h.length == 0 ? initialReputation : h[h.length - 1].next;
    }

    /// @return R_k(slot): the AP's reputation at the start of `slot`, after every earlier slot
    function reputationAt(address ap, uint64 slot) external view returns (uint64) {
        Checkpoint[] storage h = history[ap];
        uint256 i = _countBefore(h, slot);
        if (i == 0) {
            return initialReputation;
        }
        Checkpoint storage c = h[i - 1];
        return _decay(c.next, slot - c.slot - 1);
    }

    function checkpointCount(address ap) external view returns (uint256) {
        return history[ap].length;
    }

    function checkpointAt(address ap, uint256 index)
        external
        view
        returns (uint64 slot, uint64 before, uint64 next, uint64 contribution)
    {
        Checkpoint storage c = history[ap][index];
        return (c.slot, c.before, c.next, c.contribution);
    }

    /// @return every AP that has at least one recorded contribution, in order of first receipt
    function aps() external view returns (address[] memory) {
        return apList;
    }

    function _accumulate(address ap, Checkpoint storage c, uint64 share) private returns (uint64) {
        uint256 sum = uint256(c.contribution) + share;
        uint64 capped = sum > ONE ? ONE : uint64(sum);
        uint64 next = _step(c.before, capped);
        c.contribution = capped;
        c.next = next;
        emit ReputationUpdated(ap, c.slot, c.before, next, capped);
        return next;
    }

    /// @dev One slot of the spec's EWMA, floor-rounded.
    function _step(uint64 current, uint64 contribution) private view returns (uint64) {
        uint256 e = eta;
        return uint64(((ONE - e) * current + e * contribution) / ONE);
    }

    /// @dev `slots` steps with c = 0; stops early once R reaches 0, so the loop is bounded
    ///      whatever the gap (see MIN_ETA).
    function _decay(uint64 value, uint256 slots) private view returns (uint64) {
        uint256 keep = ONE - eta;
        uint256 r = value;
        for (uint256 i = 0; i < slots && r != 0; i++) {
            r = (keep * r) / ONE;
        }
        return uint64(r);
    }

    /// @dev Number of checkpoints with slot < `slot` (binary search; slots rise strictly).
    function _countBefore(Checkpoint[] storage h, uint64 slot) private view returns (uint256) {
        uint256 lo = 0;
        uint256 hi = h.length;
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            if (h[mid].slot < slot) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
