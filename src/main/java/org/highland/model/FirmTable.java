package org.highland.model;

import java.util.Arrays;

/**
 * The state a firm's month reads and writes, for all firms of a region: one row per firm in two
 * primitive arrays (doubles and ints). The monthly loop ({@link FirmsStep}) reads the rows in
 * the firms' order ({@link Region#firmRows}) and opens a firm object only in a month with an
 * event (a pipeline event, an opportunity, a listing, an exit), so a quiet firm-month reads a few
 * cache lines of one dense table, not a chase through scattered objects.
 *
 * <p>A firm keeps its row while it stays in the region: exits compact the region's arrays of
 * firms and row numbers, not the rows themselves. A firm that joins takes the next new row, so
 * rows ascend in the firms' order; once a fifth of them were given back the region packs the
 * rest in order ({@link Region#packRows}), so the monthly walk stays sequential. Rows rather than one array per field: a row is contiguous (a few cache lines
 * instead of some thirty arrays), and moving a firm to another table copies one slice per array,
 * so no field can be forgotten. A firm outside every region's table (being built, sold or
 * closed) keeps its row in a one-row table of its own.
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
    static final int INTS = 14;

    static final int HIGHTECH = 1;
    static final int LISTED = 2;
    /** The pipeline sums for financing must be recomputed from the projects. */
    static final int FINANCING_STALE = 4;
    /** A project was added: the next month visits the pipeline. */
    static final int PIPELINE_CHANGED = 8;

    double[] d;
    int[] n;
    /** Rows handed out so far (in order: a new firm takes the next one), and rows given back since the last packing. */
    private int used;
    private int freed;

    FirmTable(int rows) {
        d = new double[rows * DOUBLES];
        n = new int[rows * INTS];
    }

    /** A row for a firm joining the table, after every row handed out so far; the caller sets its contents. */
    int allocateRow() {
        ensureCapacity(used + 1);
        return used++;
    }

    /** The firm of row {@code row} left the table; the row stays unused until the next packing. */
    void freeRow(int row) {
        freed++;
    }

    /** Whether a fifth of the rows handed out were given back, so packing the rest pays. */
    boolean worthPacking() {
        return freed * 5 > used;
    }

    /**
     * Moves the rows listed in {@code rows} (ascending, as a region lists its firms') to rows
     * 0 .. count-1, keeping their order; the caller renumbers its firms.
     */
    void pack(int[] rows, int count) {
        for (int i = 0; i < count; i++) {
            if (rows[i] != i) {
                copyRow(rows[i], this, i);
            }
        }
        used = count;
        freed = 0;
    }

    int capacity() {
        return n.length / INTS;
    }

    /** Room for at least {@code rows} rows, growing by half so the slack stays small. */
    private void ensureCapacity(int rows) {
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
