package io.payout.adapters.rest.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Collects what one logger writes while a test runs, with each event's MDC as it was when it was logged. */
public final class LogCapture implements AutoCloseable {
    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing(); // takes the MDC now, on the thread that logs
            super.append(event);
        }
    };

    private LogCapture(String loggerName) {
        this.logger = (Logger) LoggerFactory.getLogger(loggerName);
        appender.start();
        logger.addAppender(appender);
    }

    public static LogCapture of(Class<?> source) {
        return new LogCapture(source.getName());
    }

    /** Everything logged anywhere. */
    public static LogCapture everything() {
        return new LogCapture(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    /** Each event's formatted message, with its exception's text if any. */
    public List<String> lines() {
        return events().stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : " | " + e.getThrowableProxy().getMessage())).toList();
    }

    /** The events themselves (message, level, MDC...). */
    public List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
    }
}
