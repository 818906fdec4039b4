package org.trellis.platform;

import java.io.Serializable;
import java.util.List;

/** One page of a longer list, with the size of the whole list: what every paged read of every feature returns. */
public record Page<T>(List<T> items, long total, int first, int max) implements Serializable {
}
