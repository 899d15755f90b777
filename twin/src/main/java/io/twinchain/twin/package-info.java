/** Digital twins: Ditto-shaped model, event-sourced store, MQTT ingestion and anchoring. */
package io.twinchain.twin;
