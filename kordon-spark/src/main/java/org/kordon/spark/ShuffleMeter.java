package org.kordon.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/*
 * Bytes written to shuffle files by every task of the session since it was registered: the network volume of a
 * round on a cluster, read off each finished task's metrics. Listeners run on the driver.
 */
final class ShuffleMeter extends SparkListener {
    private final AtomicLong bytes = new AtomicLong();

    static ShuffleMeter register(SparkSession spark) {
        ShuffleMeter m = new ShuffleMeter();
        spark.sparkContext().addSparkListener(m);
        return m;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskMetrics() != null) {
            bytes.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
        }
    }

    long bytes() {
        return bytes.get();
    }

    void remove(SparkSession spark) {
        spark.sparkContext().removeSparkListener(this);
    }
}
