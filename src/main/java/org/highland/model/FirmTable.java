package org.highland.model;

import java.util.Arrays;

/**
 * The state a firm's month reads and writes, for all firms of a region: one row per firm in two
 * primitive arrays (doubles and ints), rows in the order of {@link Region#firms}. The monthly
 * loop ({@link FirmsStep}) walks the rows in memory order and opens a firm object only in a
 * month with an event (a pipeline event, an opportunity, a listing, an exit), so a quiet
 * firm-month costs a few sequential cache lines, not a chase through scattered objects.
 *
 * <p>Rows rather than one array per field: a row is contiguous (one sequential stream for the
 * hardware prefetcher instead of some thirty), and moving a firm (compaction, a move between
 * regions) copies one slice per array, so no field can be forgotten. A firm outside every
 * region's table (being built, sold or closed) keeps its row in a one-row table of its own.
 */
final class FirmTable {
    // Doubles of a row. Money in million yuan; revenue is an annual run-rate.
    /** Revenue of the firm's established business, million yuan per year. */
    static final int BASE_REVENUE = 0;
    /** Sales of launched products, million yuan per year. */
    static final int PRODUCT_REVENUE = 1;
    /** Sales of products past exclusivity, pooled ({@link PipelineVisit}), and their monthly decline factor. */
    static final int MATURE_SALES = 2;
    static final int MATURE_DECLINE = 3;
    /** Sector trend plus the region's growth shift, and the firm's own deviation from it. */
    static final int TREND_GROWTH = 4;
    static final int GROWTH_DEVIATION = 5;
    static final int CASH = 6;
    static final int RD_MONTH = 7;
    static final int RD_YEAR = 8;
    static final int REVENUE_YEAR = 9;
    /** What a month without a pipeline event repeats, and the cost factor it was summed at. */
    static final int QUIET_SPEND = 10;
    static final int QUIET_SALES = 11;
    static final int QUIET_COST_FACTOR = 12;
    /** The financing weight last registered and the pipeline sums it came from. */
    static final int FINANCING_WEIGHT = 13;
    static final int FINANCING_VALUE = 14;
    static final int FINANCING_PREFERRED = 15;
    /** Staff hired this month (stored at float precision, as the firm reports them). */
    static final int SENIOR_STAFF = 16;
    static final int SKILLED_STAFF = 17;
    /** Start of the corporate income tax's year to date ({@link TaxPosition#SIZE} doubles). */
    static final int TAX = 18;
    static final int DOUBLES = TAX + TaxPosition.SIZE;

    // Ints of a row.
    static final int AGE_MONTHS = 0;
    static final int EXIT_AGE_MONTHS = 1;
    static final int MONTHS_NEGATIVE_CASH = 2;
    /** Months until the listing (-1: not under way). */
    static final int MONTHS_TO_LISTING = 3;
    static final int MONTHS_TO_OPPORTUNITY = 4;
    /** The firm's place among its region's financing candidates of the month (-1: none). */
    static final int CANDIDATE_INDEX = 5;
    static final int FINANCING_VERSION = 6;
    static final int PROJECT_COUNT = 7;
    static final int CLINICAL_PROJECTS = 8;
    static final int MONTHS_TO_PIPELINE_EVENT = 9;
    static final int SKIPPED_PIPELINE_MONTHS = 10;
    static final int SECTOR = 11;
    /** The index of the firm's park in its region. */
    static final int PARK = 12;
    /** Bits of {@link #HIGHTECH}, {@link #LISTED}, {@link #FINANCING_STALE}, {@link #PIPELINE_CHANGED}. */
    static final int FLAGS = 13;
    /** The firm's handle in this table ({@link #rowOf}). */
    static final int HANDLE = 14;
    static final int INTS = 15;

    static final int HIGHTECH = 1;
    static final int LISTED = 2;
    /** The pipeline sums for financing must be recomputed from the projects. */
    static final int FINANCING_STALE = 4;
    /** A project was added: the next month visits the pipeline. */
    static final int PIPELINE_CHANGED = 8;

    double[] d;
    int[] n;
    /**
     * The row of each handle. A firm holds its handle, not its row: when compaction moves rows
     * only this dense array changes, so the monthly loop writes to no firm object.
     */
    private int[] rowOf;
    private int[] freeHandles = new int[0];
    private int freeCount;
    private int nextHandle;

    FirmTable(int rows) {
        d = new double[rows * DOUBLES];
        n = new int[rows * INTS];
        rowOf = new int[rows];
    }

    /** The row of the firm with this handle. */
    int row(int handle) {
        return rowOf[handle];
    }

    /** A handle for the firm that takes row {@code row}. */
    int newHandle(int row) {
        int h;
        if (freeCount > 0) {
            h = freeHandles[--freeCount];
        } else {
            h = nextHandle++;
            if (h == rowOf.length) {
                rowOf = Arrays.copyOf(rowOf, h + (h >> 1) + 1);
            }
        }
        rowOf[h] = row;
        n[row * INTS + HANDLE] = h;
        return h;
    }

    /** The firm with this handle left the table; its row is free to be overwritten. */
    void releaseHandle(int handle) {
        if (freeCount == freeHandles.length) {
            freeHandles = Arrays.copyOf(freeHandles, freeCount * 2 + 4);
        }
        freeHandles[freeCount++] = handle;
    }

    /** Moves row {@code from} to row {@code to} (compaction); its firm keeps its handle. */
    void moveRow(int from, int to) {
        copyRow(from, this, to);
        rowOf[n[to * INTS + HANDLE]] = to;
    }

    int capacity() {
        return n.length / INTS;
    }

    /** Room for at least {@code rows} rows, growing by half so the slack stays small. */
    void ensureCapacity(int rows) {
        if (rows > capacity()) {
            int grown = Math.max(rows, capacity() + (capacity() >> 1) + 1);
            d = Arrays.copyOf(d, grown * DOUBLES);
            n = Arrays.copyOf(n, grown * INTS);
        }
    }

    /** Copies row {@code from} of this table to row {@code to} of {@code target}. */
    void copyRow(int from, FirmTable target, int to) {
        System.arraycopy(d, from * DOUBLES, target.d, to * DOUBLES, DOUBLES);
        System.arraycopy(n, from * INTS, target.n, to * INTS, INTS);
    }

    boolean flag(int row, int bit) {
        return (n[row * INTS + FLAGS] & bit) != 0;
    }

    void setFlag(int row, int bit, boolean on) {
        int i = row * INTS + FLAGS;
        n[i] = on ? n[i] | bit : n[i] & ~bit;
    }
}
