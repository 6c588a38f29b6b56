package org.highland.experiment.sweep;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Keeps a test class's Spark driver on the loopback address: tests must not touch the network. */
public final class LoopbackSpark implements BeforeAllCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        System.setProperty("spark.driver.host", "127.0.0.1");
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.clearProperty("spark.driver.host");
        System.clearProperty("spark.driver.bindAddress");
    }
}
