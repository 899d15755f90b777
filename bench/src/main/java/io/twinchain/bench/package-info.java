/** JMH benchmarks; results are recorded in BENCHMARKS.md. */
package io.twinchain.bench;
