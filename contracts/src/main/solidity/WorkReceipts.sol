// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title What WorkReceipts asks TwinRegistry.
interface IGatewayDirectory {
    function isGateway(address account) external view returns (bool);
}

/// @title What WorkReceipts tells ReputationRegistry.
interface IReputationRecorder {
    function record(address ap, uint64 slot, uint64 share) external returns (uint64);
}

/// @title WorkReceipts: gateways attest the inference work an AP did for them.
/// @notice A registered gateway either sends the receipt from its own account (`submit`) or
///         signs it so anyone, typically the AP that mines the block, can relay it
///         (`submitSigned`). Each receipt is counted once, and never for the gateway itself:
///         the attesting gateway must not be the AP it attests. Accepted receipts feed
///         ReputationRegistry (assumption A-REP-RECEIPT-ATTESTATION).
/// @dev Storage layout (storage-layout JSON beside the ABI) is part of the genesis format.
contract WorkReceipts {
    /// @notice One unit of work: an AP ran the top layers of a twin's DNN for a gateway.
    struct Receipt {
        bytes32 taskId; // unique per gateway
        uint64 slot;
        address ap;
        uint16 partitionPoint; // l_n(t): layers 1..l ran on the gateway, the rest on the AP
        uint64 share; // c_k: the AP's frequency share given to this work, scaled by 1e18
        uint128 flops; // FLOPs the AP executed
        bytes32 resultHash; // keccak256 of the inference result returned to the twin
        uint32 latencyMicros; // gateway-measured round trip
    }

    /// @notice Domain tag mixed into every signed receipt digest.
    bytes32 public constant RECEIPT_TYPEHASH = keccak256("twinchain.WorkReceipt.v1");

    /// @notice Where registered gateways are looked up.
    IGatewayDirectory public gatewayDirectory;
    /// @notice Where accepted contributions are recorded.
    IReputationRecorder public reputation;
    /// @notice Receipt id → attesting gateway, for every receipt counted.
    mapping(bytes32 => address) public countedBy;
    /// @notice Number of receipts counted.
    uint256 public receiptCount;

    event ReceiptAccepted(
        bytes32 indexed receiptId,
        address indexed gateway,
        address indexed ap,
        uint64 slot,
        bytes32 taskId,
        uint16 partitionPoint,
        uint64 share,
        uint128 flops,
        bytes32 resultHash,
        uint32 latencyMicros,
        uint64 reputation
    );

    /// @notice The attesting account is not a registered gateway.
    error NotGateway(address account);
    /// @notice The attesting gateway is the AP named in the receipt.
    error SelfAttestation(address ap);
    /// @notice This receipt was already counted.
    error DuplicateReceipt(bytes32 receiptId);
    /// @notice The receipt names no AP.
    error ZeroAp();
    /// @notice The signature is not 65 bytes, has a bad v or high s, or recovers no signer.
    error BadSignature();

    constructor(IGatewayDirectory gatewayDirectory_, IReputationRecorder reputation_) {
        gatewayDirectory = gatewayDirectory_;
        reputation = reputation_;
    }

    /// @notice Submits a receipt attested by the sending gateway.
    function submit(Receipt calldata receipt) external returns (bytes32) {
        return _accept(msg.sender, receipt);
    }

    /// @notice Submits several receipts attested by the sending gateway (e.g. all of a slot's),
    ///         all or none: any refused receipt reverts the whole batch.
    function submitBatch(Receipt[] calldata receipts) external returns (bytes32[] memory ids) {
        ids = new bytes32[](receipts.length);
        for (uint256 i = 0; i < receipts.length; i++) {
            ids[i] = _accept(msg.sender, receipts[i]);
        }
    }

    /// @notice Submits a receipt carrying its gateway's signature over `digest(receipt)`.
    function submitSigned(Receipt calldata receipt, bytes calldata signature)
        external
        returns (bytes32)
    {
        return _accept(_recover(digest(receipt), signature), receipt);
    }

    /// @notice The EIP-191 "personal_sign" digest a gateway signs for `receipt`.
    function digest(Receipt calldata receipt) public view returns (bytes32) {
        bytes32 inner = keccak256(abi.encode(RECEIPT_TYPEHASH, block.chainid, address(this), receipt));
        return keccak256(abi.encodePacked("\x19Ethereum Signed Message:\n32", inner));
    }

    /// @notice The id under which a receipt is counted once.
    function receiptId(address gateway, bytes32 taskId, address ap) public pure returns (bytes32) {
        return keccak256(abi.encode(gateway, taskId, ap));
    }

    function _accept(address gateway, Receipt calldata receipt) private returns (bytes32 id) {
        if (!gatewayDirectory.isGateway(gateway)) {
            revert NotGateway(gateway);
        }
        if (receipt.ap == address(0)) {
            revert ZeroAp();
        }
        if (receipt.ap == gateway) {
            revert SelfAttestation(receipt.ap);
        }
        id = receiptId(gateway, receipt.taskId, receipt.ap);
        if (countedBy[id] != address(0)) {
            revert DuplicateReceipt(id);
        }
        countedBy[id] = gateway;
        receiptCount += 1;
        uint64 newReputation = reputation.record(receipt.ap, receipt.slot, receipt.share);
        emit ReceiptAccepted(
            id,
            gateway,
            receipt.ap,
            receipt.slot,
            receipt.taskId,
            receipt.partitionPoint,
            receipt.share,
            receipt.flops,
            receipt.resultHash,
            receipt.latencyMicros,
            newReputation
        );
    }

    function _recover(bytes32 hash, bytes calldata signature) private pure returns (address signer) {
        if (signature.length != 65) {
            revert BadSignature();
        }
        bytes32 r = bytes32(signature[0:32]);
        bytes32 s = bytes32(signature[32:64]);
        uint8 v = uint8(signature[64]);
        if (v < 27) {
            v += 27;
        }
        // Upper bound on s from EIP-2: rejects the malleable twin of every signature.
        if ((v != 27 && v != 28)
            || uint256(s) > 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0) {
            revert BadSignature();
        }
        signer = ecrecover(hash, v, r, s);
        if (signer == address(0)) {
            revert BadSignature();
        }
    }
}
