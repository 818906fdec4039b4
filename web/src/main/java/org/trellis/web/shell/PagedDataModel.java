package org.trellis.web.shell;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.trellis.platform.Page;

/**
 * Every paged table of the pages: a PrimeFaces lazy model over a boundary's read of one page
 * ({@code (first, max, sort) → Page<T>}), so paging and sorting happen in the database and the page
 * bean says only which read and which key. A page never asks for more rows than the boundary takes.
 *
 * @param <T> a row
 */
public class PagedDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of rows in the order the table asks for. Serializable: it lives in a view-scoped bean. */
    @FunctionalInterface
    public interface Reader<T> extends Serializable {
        Page<T> read(int first, int max, Map<String, SortMeta> sort);
    }

    /** How many rows there are in all, for the paginator. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count();
    }

    /** One page of rows without their count, where the count is asked apart ({@link #counted}). */
    @FunctionalInterface
    public interface Rows<T> extends Serializable {
        List<T> read(int first, int max, Map<String, SortMeta> sort);
    }

    /** The key of a row, unique within the list (selection finds rows by it). */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    private final Reader<T> reader;
    private final Counter counter;
    /** Whether a read's total is the row count; not when the count is asked apart (PrimeFaces asks it before each load). */
    private final boolean totalFromReader;
    private final Key<T> key;
    private final int maxPage;

    /** Counted by the size of a one-row page. */
    public PagedDataModel(Reader<T> reader, Key<T> key, int maxPage) {
        this(reader, null, key, maxPage);
    }

    /** With a count of its own, where the boundary counts more cheaply than it reads. */
    public PagedDataModel(Reader<T> reader, Counter counter, Key<T> key, int maxPage) {
        this(reader, counter, key, maxPage, true);
    }

    private PagedDataModel(Reader<T> reader, Counter counter, Key<T> key, int maxPage, boolean totalFromReader) {
        this.reader = Objects.requireNonNull(reader);
        this.counter = counter != null ? counter : () -> reader.read(0, 1, Map.of()).total();
        this.key = Objects.requireNonNull(key);
        this.maxPage = maxPage;
        this.totalFromReader = totalFromReader;
    }

    /**
     * Rows read without a count, and the count asked once apart: for a list whose count is dear (an
     * HR partner's inbox of twenty thousand), where a reader counting with each page would count twice.
     */
    public static <T> PagedDataModel<T> counted(Rows<T> rows, Counter counter, Key<T> key, int maxPage) {
        Objects.requireNonNull(rows);
        Objects.requireNonNull(counter);
        return new PagedDataModel<>((first, max, sort) -> new Page<>(rows.read(first, max, sort), -1, first, max), counter, key,
                maxPage, false);
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) counter.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        Page<T> page = reader.read(first, Math.min(pageSize, maxPage), sort);
        if (totalFromReader) {
            setRowCount((int) page.total());
        }
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    /** The row of the page shown with this key (null when it is not on it). */
    @Override
    public T getRowData(String rowKey) {
        Object shown = getWrappedData();
        if (!(shown instanceof List<?> rows)) {
            return null;
        }
        for (Object row : rows) {
            @SuppressWarnings("unchecked")
            T candidate = (T) row;
            if (key.of(candidate).equals(rowKey)) {
                return candidate;
            }
        }
        return null;
    }
}
