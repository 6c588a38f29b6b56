package org.highland.cli;

/** Whether the JVM is stopping: kill or Ctrl-C has started its shutdown hooks. */
final class JvmShutdown {
    private JvmShutdown() {
    }

    /** True once shutdown has begun, when the JVM refuses new shutdown hooks. */
    static boolean inProgress() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
    }
}
