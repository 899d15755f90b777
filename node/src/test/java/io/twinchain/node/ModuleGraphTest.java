/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Enforces the module graph of DESIGN.md and keeps pure logic free of I/O libraries. The node
 * module sees every other module, so the whole graph is checked here in one place.
 */
class ModuleGraphTest {

  /** Libraries that do I/O; pure packages must not touch them. */
  static final String[] IO_LIBRARIES = {
    "org.rocksdb..",
    "io.netty..",
    "io.vertx..",
    "org.eclipse.paho..",
    "com.hivemq..",
    "ai.onnxruntime..",
    "com.sun.jna..",
    "io.horizen.."
  };

  /**
   * Packages holding spec logic (consensus rules, reputation, controller, latency model, twin event
   * application). Known exceptions are listed next to the rule that would flag them.
   */
  static final String[] PURE_PACKAGES = {
    "io.twinchain.chain.reputation..",
    "io.twinchain.consensus..",
    "io.twinchain.offload.controller..",
    "io.twinchain.offload.latency..",
    "io.twinchain.offload.channel..",
    "io.twinchain.offload.sim..",
    "io.twinchain.twin.model..",
    "io.twinchain.twin.events..",
  };

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.twinchain");
  }

  @Test
  void chainDependsOnNoOtherModule() {
    check(
        "io.twinchain.chain..",
        "io.twinchain.consensus..",
        "io.twinchain.contracts..",
        "io.twinchain.twin..",
        "io.twinchain.offload..",
        "io.twinchain.node..");
  }

  @Test
  void consensusDependsOnlyOnChain() {
    check(
        "io.twinchain.consensus..",
        "io.twinchain.contracts..",
        "io.twinchain.twin..",
        "io.twinchain.offload..",
        "io.twinchain.node..");
  }

  @Test
  void contractsDependOnlyOnChain() {
    check(
        "io.twinchain.contracts..",
        "io.twinchain.consensus..",
        "io.twinchain.twin..",
        "io.twinchain.offload..",
        "io.twinchain.node..");
  }

  @Test
  void twinDependsOnlyOnChainAndContracts() {
    check(
        "io.twinchain.twin..",
        "io.twinchain.consensus..",
        "io.twinchain.offload..",
        "io.twinchain.node..");
  }

  @Test
  void offloadDependsOnlyOnChain() {
    check(
        "io.twinchain.offload..",
        "io.twinchain.consensus..",
        "io.twinchain.contracts..",
        "io.twinchain.twin..",
        "io.twinchain.node..");
  }

  @Test
  void pureLogicImportsNoIoLibrary() {
    final ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(PURE_PACKAGES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(IO_LIBRARIES)
            .allowEmptyShould(true);
    rule.check(classes);
  }

  private static void check(final String module, final String... forbidden) {
    noClasses()
        .that()
        .resideInAPackage(module)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden)
        .allowEmptyShould(true)
        .check(classes);
  }
}
