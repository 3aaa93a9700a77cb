package be.catalog.gateway.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/** What one class logs while a test runs, with each record's MDC (request id). {@link #close()} stops capturing. */
public final class CapturedLogs extends Handler {

    private final Logger logger;
    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

    private CapturedLogs(Logger logger) {
        this.logger = logger;
    }

    public static CapturedLogs of(Class<?> source) {
        CapturedLogs logs = new CapturedLogs(Logger.getLogger(source.getName()));
        logs.logger.addHandler(logs);
        return logs;
    }

    public List<ExtLogRecord> records() {
        return records;
    }

    public List<ExtLogRecord> warnings() {
        return records.stream().filter(record -> record.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    }

    @Override
    public void publish(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            ext.copyMdc();
            records.add(ext);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
