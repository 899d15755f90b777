/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.validation;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.ChainView;
import java.util.ArrayList;
import java.util.List;

/**
 * An ordered set of header rules, evaluated detached rules first (cheap), then attached ones; the
 * first failure is the result. Engines assemble their ruleset from {@link #ledgerRules(int)} plus
 * their own rules with {@link #builder()}.
 */
public final class HeaderRuleset {

  private final List<DetachedHeaderRule> detached;
  private final List<AttachedHeaderRule> attached;

  private HeaderRuleset(
      final List<DetachedHeaderRule> detached, final List<AttachedHeaderRule> attached) {
    this.detached = List.copyOf(detached);
    this.attached = List.copyOf(attached);
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The structural rules every engine needs: parent link, number, extra-data size, gas used within
   * the gas limit.
   *
   * @param maxExtraDataBytes the largest extra data allowed
   */
  public static HeaderRuleset ledgerRules(final int maxExtraDataBytes) {
    return builder()
        .add(new ParentHashRule())
        .add(new NumberIsParentPlusOneRule())
        .add(new ExtraDataSizeRule(maxExtraDataBytes))
        .add(new GasUsedWithinLimitRule())
        .build();
  }

  /** A builder starting with this ruleset's rules, to extend it. */
  public Builder toBuilder() {
    final Builder builder = new Builder();
    builder.detached.addAll(detached);
    builder.attached.addAll(attached);
    return builder;
  }

  /** The first failing rule's result, or valid. */
  public ValidationResult validate(
      final BlockHeader header, final BlockHeader parent, final ChainView chain) {
    for (final DetachedHeaderRule rule : detached) {
      final ValidationResult result = rule.validate(header, parent);
      if (!result.isValid()) {
        return result;
      }
    }
    for (final AttachedHeaderRule rule : attached) {
      final ValidationResult result = rule.validate(header, parent, chain);
      if (!result.isValid()) {
        return result;
      }
    }
    return ValidationResult.valid();
  }

  /** Collects rules in evaluation order. */
  public static final class Builder {
    private final List<DetachedHeaderRule> detached = new ArrayList<>();
    private final List<AttachedHeaderRule> attached = new ArrayList<>();

    private Builder() {}

    /** Appends a detached rule. */
    public Builder add(final DetachedHeaderRule rule) {
      detached.add(rule);
      return this;
    }

    /** Appends an attached rule. */
    public Builder add(final AttachedHeaderRule rule) {
      attached.add(rule);
      return this;
    }

    /** The ruleset. */
    public HeaderRuleset build() {
      return new HeaderRuleset(detached, attached);
    }
  }
}
