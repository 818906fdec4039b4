package org.trellis.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.trellis.platform.Page;

class PagedDataModelTest {

    private static final List<String> ROWS = IntStream.range(0, 25).mapToObj(i -> "row" + i).toList();

    private static Page<String> read(int first, int max) {
        return new Page<>(ROWS.subList(first, Math.min(ROWS.size(), first + max)), ROWS.size(), first, max);
    }

    @Test
    void aPageNeverAsksForMoreThanTheBoundaryTakesAndSaysHowManyInAll() {
        int[] asked = new int[1];
        PagedDataModel<String> model = new PagedDataModel<>((first, max, sort) -> {
            asked[0] = max;
            return read(first, max);
        }, row -> row, 10);
        List<String> shown = model.load(20, 50, Map.of(), Map.of());
        assertEquals(10, asked[0]);
        assertEquals(List.of("row20", "row21", "row22", "row23", "row24"), shown);
        assertEquals(25, model.getRowCount());
        assertEquals(25, model.count(Map.of()));
    }

    @Test
    void aCountOfItsOwnIsAskedInsteadOfAOneRowPage() {
        PagedDataModel<String> model = new PagedDataModel<>((first, max, sort) -> read(first, max), () -> 7, row -> row, 10);
        assertEquals(7, model.count(Map.of()));
    }

    @Test
    void aRowIsFoundByItsKeyOnThePageShown() {
        PagedDataModel<String> model = new PagedDataModel<>((first, max, sort) -> read(first, max), row -> "k-" + row, 10);
        model.setWrappedData(model.load(0, 5, Map.of(), Map.of()));
        assertEquals("row3", model.getRowData("k-row3"));
        assertNull(model.getRowData("k-row9"));
    }

    @Test
    void theModelTravelsWithTheViewState() throws IOException {
        PagedDataModel<String> model = new PagedDataModel<>((first, max, sort) -> read(first, max), row -> row, 10);
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(model);
        }
    }
}
