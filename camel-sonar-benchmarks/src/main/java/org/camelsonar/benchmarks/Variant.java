package org.camelsonar.benchmarks;

/** One way of making the call under test. {@link #call} starts call number {@code i} and reports its end once. */
interface Variant extends AutoCloseable {

    void call(int i, Done done);

    @Override
    void close() throws Exception;

    /** Told exactly once per call, on whatever thread finished it. */
    interface Done {
        void ok();

        void failed(Throwable cause);
    }
}
