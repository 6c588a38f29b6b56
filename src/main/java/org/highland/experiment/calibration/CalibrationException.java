package org.highland.experiment.calibration;

/** A calibration plan, log or setting that cannot be used; the message says what to fix. */
public final class CalibrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CalibrationException(String message) {
        super(message);
    }

    public CalibrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
